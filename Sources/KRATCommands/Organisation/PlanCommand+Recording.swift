import KRATCore
import KRATShell
import KRATStorage

extension PlanCommand {
    // MARK: - plan new, plan approve

    /// `plan new YEAR [approved=DATE] [title=TEXT]` and `plan approve YEAR on=DATE`.
    func record(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        let action = invocation.subcommand ?? ""
        try invocation.requireKnownKeys(action == "new" ? ["approved", "title"] : ["on"], command: name)
        try invocation.requirePositionals(atMost: 2, command: name, usage: usage)
        try Recording.requireWriter(database, "recording the action plan", command: name)
        guard let year = try invocation.year(positionalAt: 1, command: name, usage: usage) else {
            throw .usage(command: name, problem: "give the plan's year", usage: usage)
        }
        let county = database.scope.counties.first ?? .durres
        if action == "approve" {
            let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
            guard var plan = try storage(name, { () throws(StorageError) in try database.actionPlan(year: year) })?.plan else {
                throw .failed(command: name, reason: "there is no action plan for \(year); add it with `plan new \(year) approved=\(day)`")
            }
            plan.approvedOn = day
            let approved = plan
            try storage(name) { () throws(StorageError) in _ = try database.update(approved) }
            return Recording.done(Label(sq: "Plani \(year) u miratua më \(day).", en: "Plan \(year) approved on \(day)."), context)
        }
        let plan = ActionPlan(county: county, year: year, approvedOn: try invocation.day("approved"),
                              title: invocation.value("title") ?? "Plani i Veprimit \(year)")
        let stored = try storage(name) { () throws(StorageError) in
            try database.transaction("recording the action plan \(year)") {
                try Recording.check(RecordChecks.plan(plan, existing: try database.actionPlans()), "action plan \(year)")
                return try database.insert(plan)
            }
        }
        return Recording.done(Label(sq: "U ruajt plani \(year) (nr. \(stored.id ?? 0)).",
                                    en: "Stored the action plan \(year) (no. \(stored.id ?? 0))."), context)
    }

    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("plan 2025", Label(sq: "objektivat dhe aktivitetet e planit", en: "the plan's objectives and activities")),
         CommandExample("plan new 2026 approved=2026-02-13", Label(sq: "plani i miratuar në analizën vjetore",
                                                                   en: "the plan approved at the annual analysis")),
         CommandExample("plan approve 2026 on=2026-02-13")]
    }
}
