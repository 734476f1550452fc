import KRATCore
import KRATShell

/// The built-in domain commands of the krat shell.
public enum DomainCommands {
    /// Every built-in domain command.
    public static func all() -> [any ShellCommand] {
        [CasesCommand(), CaseCommand(), AuditCommand(), BackupCommand(), CheckCommand(), GenerateCommand(),
         StatisticsCommand(), PlanCommand(), IndicatorsCommand(), PerformanceCommand(), CalendarCommand(),
         MeetingsCommand(), DecisionsCommand(), InstitutionsCommand(), CommitteeCommand(), ImportCommand(), ExportCommand(),
         InstitutionCommand(), MemberCommand(), MeetingCommand(), DecisionCommand(), ObjectiveCommand(), ActivityCommand(),
         IndicatorCommand(), MeasureCommand(), HistoryCommand(), SettingsCommand(), TasksCommand(sources: TaskSources.all)]
    }

    /// Registers every built-in domain command, and the domain's values for completion.
    public static func install(into shell: Shell) throws(ShellError) {
        for command in all() { try shell.registry.register(command) }
        var vocabulary = shell.context.completionVocabulary
        vocabulary.add(values: County.allCases.map(\.code), for: "county")
        vocabulary.add(values: Municipality.all.map(\.code), for: "municipality")
        vocabulary.add(values: CaseStatus.codes, for: "status")
        vocabulary.add(values: Sex.codes, for: "sex")
        vocabulary.add(values: AgeBands.standard.bands.map(\.code), for: "age_band")
        vocabulary.add(values: ["true", "false"], for: "child")
        vocabulary.add(values: ["true", "false"], for: "street_situation")
        vocabulary.add(values: ["true", "false"], for: "transnational")
        vocabulary.add(values: ExploitationType.codes, for: "exploitation")
        vocabulary.add(values: InstitutionKind.codes, for: "identified_by")
        vocabulary.add(values: ["AL", "XK", "MK", "GR", "IT", "ME", "RS", "SY", "AF", "UA"], for: "citizenship")
        vocabulary.add(values: CaseDimension.codes, for: "by")
        vocabulary.add(values: ["newest", "oldest", "id"], for: "order")
        vocabulary.add(values: TargetGroup.codes, for: "target")
        vocabulary.add(values: Pillar.codes, for: "pillar")
        vocabulary.add(values: CaseClosureReason.codes, for: "reason")
        shell.context.completionVocabulary = vocabulary
    }
}
