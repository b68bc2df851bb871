import Foundation

extension MonitorJob {
    /// Reads and checks the configuration and every delivery (`validate`), and writes nothing but, with
    /// `terugkoppeling`, the feedback for every sender into that folder (SPEC.md section 10, "Feedback for senders"):
    /// `terugkoppeling-<bron>-<periode>.html` and `.txt`, listed in `InputCheck.written`.
    ///
    /// The account covers `period` (nil: the latest started period with a delivery, what a `run` without
    /// `--periode` reports); `generated` (seconds since 1970) decides which periods have started, as in `run`.
    /// A feedback folder that is a run's output folder (or lies in the input folder) is a usage error before
    /// anything is read or written.
    public static func check(
        configPath: String, inputPath: String, generated: Int, period requested: Period?,
        terugkoppeling: String?
    ) throws(MonitorError) -> InputCheck {
        let folder = try terugkoppeling.map { (path) throws(MonitorError) in
            try FeedbackFolder(path, input: inputPath)
        }
        let intake = try Pipeline.intake(
            configPath: configPath, inputPath: inputPath, generated: generated)
        let period = try Pipeline.period(requested, of: intake)
        let missing = intake.dataset.missingDeliveries(for: period, config: intake.config)
        var check = InputCheck(
            account: intake.account(missing: missing), hasProblems: intake.dataset.hasProblems(missing: missing))
        if let folder {
            folder.removeLeftovers()
            for feedback in SenderFeedback.senders(
                of: intake.dataset, config: intake.config, period: period, generated: generated)
            {
                let document = FeedbackDocument(feedback)
                check.written.append(try folder.write(Array(document.html.utf8), as: feedback.fileStem + ".html"))
                check.written.append(try folder.write(Array(document.text.utf8), as: feedback.fileStem + ".txt"))
            }
        }
        return check
    }
}
