import Foundation
public import Reporting

extension AnalyzeRun {
    /// Why a run could not write its reports.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case corpusMissing(String)
        case configuration(String)
        case output(String)
        /// A report could not be written (a full disk above all); the previous set stays current.
        case write(ReportWriteError)
        /// The history could not record the run; the previous set stays current.
        case history(String)
        /// Another run holds the output folder.
        case locked(holder: String, folder: String)

        public var description: String {
            switch self {
            case .corpusMissing(let path): return "corpus folder not found: \(path)"
            case .configuration(let message): return message
            case .output(let message): return "cannot write reports: \(message)"
            case .write(let error): return "\(error); the previous reports are unchanged"
            case .history(let message):
                return "cannot record this run in the history (\(message)); the previous reports are unchanged"
            case .locked(let holder, let folder): return "another run (\(holder)) holds \(folder)"
            }
        }

        /// The process exit status the README documents: 5 when another run holds the folder, else 4.
        public var exitStatus: Int32 {
            if case .locked = self { return RunSummary.lockedExitStatus }
            return RunSummary.fatalExitStatus
        }
    }

    /// Runs a report-writing step: a `ReportWriteError` (a full disk) goes up as it is, to become
    /// `Failure.write`; any other error is `Failure.output`.
    static func writingReports<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as ReportWriteError {
            throw error
        } catch {
            throw Failure.output("\(error.localizedDescription)")
        }
    }
}
