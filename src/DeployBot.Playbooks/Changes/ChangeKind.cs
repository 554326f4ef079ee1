namespace DeployBot.Playbooks.Changes;

/// <summary>The kinds of change of plan-format.md; a release is often several at once.</summary>
internal enum ChangeKind
{
    Image,
    Config,
    Flag,
    Infra,
    Schema,
    Backfill,
    Engine,
    Messaging,
    Auth,
    Payments,
    MultiService,
    /// <summary>An incident's hotfix: the incident commander decides and the baseline is from before the incident.</summary>
    Hotfix,

    /// <summary>A release of bug fixes only (patch version, fix sections, CVE fixes) with no incident named.</summary>
    Patch,

    /// <summary>Blue/green: a new store, index or environment beside the old one, then traffic or an alias switched to it.</summary>
    Switch,

    /// <summary>Encryption at rest by a snapshot copied under a KMS key, restored as a new instance and swapped in (<see cref="EncryptedCopy"/>).</summary>
    EncryptedCopy,

    /// <summary>A managed cache moved to another engine in place, Redis to Valkey (<see cref="CacheEngineChange"/>).</summary>
    CacheEngine,

    /// <summary>Search moved from Elasticsearch to a new OpenSearch cluster by reindexing, then readers switched (<see cref="SearchMigration"/>).</summary>
    SearchMigration,

    /// <summary>A job that erases or anonymises personal data for an approved list of requests (<see cref="ErasureJob"/>).</summary>
    Erasure,

    /// <summary>Retention that starts deleting stored history once the new version runs (<see cref="RetentionDeletion"/>).</summary>
    Retention,

    /// <summary>A setting the notes require before the upgrade or the data is lost, or a choice they leave to the owner (<see cref="RequiredSetting"/>).</summary>
    RequiredSetting,

    /// <summary>Destructive items (drops, renames, removals) that need contract steps, whatever kind they belong to.</summary>
    Contract,
}
