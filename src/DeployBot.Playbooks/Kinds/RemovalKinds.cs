namespace DeployBot.Playbooks.Kinds;

/// <summary>Removed public things of one kind, worded as code.</summary>
internal sealed record PublicRemoval(string Name, PublicKind Kind);

/// <summary>What a removed public thing is, for how its removal is checked.</summary>
internal enum PublicKind
{
    /// <summary>An endpoint, route or API: its callers show in the access logs.</summary>
    Endpoint,

    /// <summary>A setting or configuration key: whatever still sets it shows in the manifests, values and secret store.</summary>
    Setting,

    /// <summary>A command-line flag: the scripts, jobs and deployments that pass it.</summary>
    Flag,

    /// <summary>A feature flag whose code is removed ("flag new_checkout removed"): what it served must not change for anyone.</summary>
    FeatureFlag,

    /// <summary>A method, class, module or argument of the code ("`connect` method"): what still calls it fails its build or tests, not a client.</summary>
    Code,

    /// <summary>
    /// A piece of code whose type changes ("Change type of `Session.client_secret` from `string` to `nullable(string)`"):
    /// nothing is removed; the code that reads it must handle the new type, and the previous version has the old one.
    /// </summary>
    Retyped,

    /// <summary>
    /// A metric series the release stops exporting or scraping (<see cref="MetricSeries"/>): what still queries it is a
    /// dashboard, an alert or a recording rule, and the setting that keeps it is the opt-out.
    /// </summary>
    Metric,
}

/// <summary>What a contract step does to stored data.</summary>
internal enum ContractOperation
{
    /// <summary>A drop, rename or removal (the default when the item states nothing more specific).</summary>
    Removal,

    /// <summary>The item drops, deletes or removes what it names, with no rename.</summary>
    Drop,

    /// <summary>NOT NULL on an existing column.</summary>
    NotNull,

    /// <summary>A column's type changed: the table is rewritten.</summary>
    TypeChange,

    /// <summary>A table emptied.</summary>
    Truncate,

    /// <summary>A column's values overwritten with NULL (a plaintext secret cleared after it was hashed); the column stays.</summary>
    NullOut,

    /// <summary>Rows deleted from a table that stays (a cleanup job, a dedupe).</summary>
    DeleteRows,
}
