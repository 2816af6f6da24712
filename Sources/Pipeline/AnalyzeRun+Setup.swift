import Foundation
import Ingest
import Lexicons
import PersonalData
import Reporting
import VerbatimModel

extension AnalyzeRun {
    /// What a run loads before it touches the output folder.
    struct Setup {
        var analyzer: VerbatimAnalyzer
        var options: IngestOptions
        /// The signal lexicon's ids, which get hot spot columns (`HotspotTable`).
        var signals: [String]
        /// Warnings of the loading (third-party lexicon lines, site profiles, speakers, mappings).
        var findings: [Finding]
    }

    /// What a run needs before it touches the output folder: the corpus folder exists, and its
    /// settings, lexicons, journey, site profiles and mappings load; a failure here is fatal. A merge
    /// (`readsCorpus` false) reads no input: it needs neither the corpus nor its settings.
    static func prepare(_ configuration: AnalyzeConfiguration, readsCorpus: Bool = true) throws -> Setup {
        var isDirectory: ObjCBool = false
        guard
            !readsCorpus
                || FileManager.default.fileExists(atPath: configuration.corpus.path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
        else { throw Failure.corpusMissing(configuration.corpus.path) }

        let corpusSettings: CorpusConfiguration
        let analyzer: VerbatimAnalyzer
        do {
            corpusSettings = readsCorpus ? try CorpusConfiguration.load(corpus: configuration.corpus) : .init()
            analyzer = try VerbatimAnalyzer(
                lexicons: configuration.lexicons, journey: configuration.journey,
                extraLexicons: configuration.extraLexicons)
        } catch {
            throw Failure.configuration("\(error)")
        }
        let profiles = SiteProfile.load(from: configuration.lexicons.appendingPathComponent("sites"))
        let mappings = try loadMappings(configuration)
        var options = IngestOptions(
            companyDomains: (corpusSettings.companyDomains + configuration.companyDomains).sorted(),
            customerKeySecret: configuration.customerKeySecret,
            agentNames: corpusSettings.agentNames,
            botNames: corpusSettings.botNames,
            siteProfiles: profiles.profiles,
            chatFields: mappings.chat,
            surveyColumnMapping: mappings.survey)
        options.limits = configuration.limits
        options.customerDomains = corpusSettings.customerDomains
        options.customerNames = corpusSettings.customerNames
        let speakers = SpeakerLexicon.load(from: configuration.lexicons.appendingPathComponent("speakers"))
        options.speakers = speakers.lexicon
        let identity = IdentityLexicon.load(from: configuration.lexicons.appendingPathComponent("identity"))
        options.identity = IdentityOptions(
            phoneCountry: corpusSettings.phoneCountry, orderPatterns: corpusSettings.orderPatterns,
            lexicon: identity.lexicon)
        return Setup(
            analyzer: analyzer, options: options, signals: analyzer.lexiconSignals,
            findings: analyzer.extraLexiconFindings + profiles.findings + speakers.findings + identity.findings
                + mappings.findings)
    }

    /// Creates the output folder, refusing the corpus folder itself: reports written among the inputs
    /// would be read back as inputs by the next run.
    static func prepareOutput(_ configuration: AnalyzeConfiguration) throws {
        if Ingestor.isSameFile(configuration.output, configuration.corpus) {
            throw Failure.configuration("the report folder is the corpus folder: give --out a folder of its own")
        }
        do {
            try FileManager.default.createDirectory(at: configuration.output, withIntermediateDirectories: true)
        } catch {
            throw Failure.output("\(configuration.output.path): \(error.localizedDescription)")
        }
    }

    /// Starts the report set in the staging `folder` (`verbatims.csv` and `inputs.csv`, filled as the
    /// units are consumed); `failing` is the test seam of `run(_:notice:failingReport:)`.
    static func startReports(
        _ configuration: AnalyzeConfiguration, setUp: Setup, folder: URL, failing: String?
    ) throws -> ReportSet {
        try ReportSet(
            folder: folder, report: verbatimsReport(configuration, setUp: setUp), lexiconSignals: setUp.signals,
            failing: failing)
    }

    /// How `verbatims.csv` rows are encoded: the dialect, and personal data masked unless kept,
    /// order numbers in the forms identity evidence reads (the corpus's `order_pattern`s, or the
    /// default form less `lexicons/identity/not-order-prefixes.tsv`).
    static func verbatimsReport(_ configuration: AnalyzeConfiguration, setUp: Setup) -> VerbatimsReport {
        let words = setUp.analyzer.personalDataContext
        let identity = setUp.options.identity
        return VerbatimsReport(
            dialect: configuration.dialect, keepPersonalData: configuration.keepPersonalData,
            masker: PersonalDataMasker(
                context: PersonalDataContext(card: words.card, order: words.order, phone: words.phone),
                orders: OrderNumberForms(
                    patterns: identity.orderPatterns, excludedPrefixes: identity.lexicon.notOrderPrefixes)))
    }

    /// Reads the optional chat and survey mapping files; an unreadable or invalid file is fatal, since
    /// the analyst asked for it and silently falling back to detection would mislead.
    static func loadMappings(
        _ configuration: AnalyzeConfiguration
    ) throws -> (chat: ChatFieldMapping, survey: SurveyColumnMapping, findings: [Finding]) {
        var chat = ChatFieldMapping()
        var survey = SurveyColumnMapping()
        var findings: [Finding] = []
        func text(of url: URL, _ what: String) throws -> String {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Failure.configuration("cannot read the \(what) \(url.path) (missing, or not UTF-8)")
            }
            return text
        }
        if let url = configuration.chatMapping {
            let parsed = ChatFieldMapping.parse(try text(of: url, "chat mapping"))
            guard parsed.problems.isEmpty else {
                throw Failure.configuration("\(url.lastPathComponent): \(parsed.problems.joined(separator: "; "))")
            }
            chat = parsed.mapping
        }
        if let url = configuration.surveyMapping {
            let parsed = SurveyColumnMapping.parse(try text(of: url, "survey mapping"), source: url.lastPathComponent)
            survey = parsed.mapping
            findings += parsed.findings
        }
        return (chat, survey, findings)
    }
}
