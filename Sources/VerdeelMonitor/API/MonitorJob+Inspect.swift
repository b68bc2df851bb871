extension MonitorJob {
    /// `verdeelmonitor inspect FILE [--config regio.toml]`: what a delivery file holds and how it maps to the
    /// contract, as lines to print. With a configuration, the profile of the file's bron is applied.
    public static func inspect(path: String, configPath: String?) throws(MonitorError) -> [String] {
        let config = try configPath.map { (path) throws(MonitorError) in try RegionConfig.read(path).config }
        return Inspection.lines(path: path, config: config)
    }
}
