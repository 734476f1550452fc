/// Every source of `tasks`, in one place: a new kind of work is one line here.
public enum TaskSources {
    /// The built-in sources, in the order their tasks are gathered.
    public static let all: [any TaskSource] = [
        CaseTaskSource(),
    ]
}
