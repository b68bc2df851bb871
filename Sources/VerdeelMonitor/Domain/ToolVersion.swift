/// The version of verdeelmonitor, written in every output and printed by `--version`.
public enum ToolVersion {
    public static let current = "0.1.0"
}
