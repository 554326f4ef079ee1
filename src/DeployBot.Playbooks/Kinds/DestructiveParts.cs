using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What one destructive item does, split by the kind of thing it names: <see cref="Stored"/> data (tables, columns,
/// indexes: a contract step), <see cref="Public"/> things (URL paths, <c>--flags</c>, SETTING_NAMES: removed by the
/// rollout) and, for a rename, the <see cref="Renamed"/> new name (it must exist before the rollout). Each is already
/// worded as code ("\"users.password_md5\""), or null when the item names none of that kind.
/// </summary>
internal sealed partial record DestructiveParts(string? Stored, string? Public, string? Renamed)
{
    /// <summary>The destructive item these parts are of (the whole item, when <see cref="Each"/> split it).</summary>
    public required ReleaseItem Item { get; init; }

    /// <summary>What the contract step does to <see cref="Stored"/>, from the item's own words ("set NOT NULL", "truncate").</summary>
    public ContractOperation Operation { get; init; }

    /// <summary>What must hold before the contract step: nothing uses a removed thing; a column kept but constrained is written by every writer.</summary>
    /// <param name="stored">The stored names, worded.</param>
    /// <param name="tested">Where the new type was tried: "tested in staging", or in a plan that is that rehearsal, "this staging run tests it".</param>
    public string Precondition(string stored, string tested = "tested in staging") => Operation switch
    {
        ContractOperation.NotNull => $"the running version writes {stored} on every insert and update, and no row has it NULL",
        ContractOperation.TypeChange => $"the running version reads and writes {stored} correctly in the new type ({tested})",
        ContractOperation.DeleteRows => $"a dry run that only counts the rows it would delete from {stored} returns what the notes expect{(Expected is { } expected ? $" ({expected})" : string.Empty)}",
        _ => $"nothing running still uses {stored}",
    };

    /// <summary>The contract step's action on <paramref name="stored"/>, worded for its operation.</summary>
    public string Action(string stored) => Operation switch
    {
        ContractOperation.NotNull => $"set {stored} NOT NULL as the notes describe (it fails while any row is still NULL: count them first)",
        ContractOperation.TypeChange => $"change the type of {stored} as the notes describe (it rewrites the table under an exclusive lock: set a lock_timeout and expect writes to wait)",
        ContractOperation.Truncate => $"truncate {stored} as the notes describe",
        ContractOperation.NullOut => $"overwrite {stored} with NULL as the notes describe (every existing value in it is lost)",
        ContractOperation.DeleteRows => $"delete those rows from {stored} in batches of a few thousand with a pause between them, watching replica lag and lock waits, and stop at the first count that differs from the dry run",
        ContractOperation.Drop => $"drop {stored} as the notes describe{MongoDrop()}",
        _ => $"apply the drop, rename or removal of {stored} as the notes describe",
    };

    /// <summary>Deletions the item puts off ("delete products_v2 after 48h"): follow-ups, each with its own rollback line.</summary>
    public IReadOnlyList<LaterDeletion> Later { get; init; } = [];

    /// <summary>A rename whose old name the notes drop only in a later release (<see cref="NextReleaseDrops"/>): also in <see cref="Later"/>.</summary>
    public IReadOnlyList<LaterDeletion> PutOff { get; init; } = [];

    /// <summary>The stored names this window's contract step drops or changes: <see cref="Stored"/>, unless the notes put that off or the new version deletes them itself.</summary>
    public string? Contracted => PutOff.Count == 0 && !ByItself ? Stored : null;

    /// <summary>The new version deletes <see cref="Stored"/> itself when it starts (<see cref="SelfDeletion"/>): no one runs a contract step for it.</summary>
    public bool ByItself { get; init; }

    /// <summary>The stored names that are indexes ("idx_orders_legacy", "the unused index sku_1_region_1"): dropping one loses no data.</summary>
    public IReadOnlyList<string> Indexes { get; init; } = [];

    /// <summary>The stored names that hold data (tables, columns, collections): everything stored but the indexes.</summary>
    public IReadOnlyList<string> Holding { get; init; } = [];

    /// <summary>Every stored name the item drops is an index: no data is lost, so no snapshot is its way back.</summary>
    public bool OnlyIndexes => Stored is not null && Holding.Count == 0 && Indexes.Count > 0 && Operation is ContractOperation.Drop or ContractOperation.Removal;

    /// <summary>The item drops MongoDB collections: the command is mongosh's, not SQL's.</summary>
    public bool Mongo { get; init; }

    /// <summary>" (in mongosh: `db.getCollection("drafts").drop()`)" for the collections a MongoDB item drops; nothing otherwise.</summary>
    private string MongoDrop() =>
        Mongo && Holding.Count > 0 ? $" (in mongosh: {string.Join(", ", Holding.Select(name => $"`db.getCollection(\"{name}\").drop()`"))})" : string.Empty;

    /// <summary>Where the notes say the data was archived or exported before the drop ("archived to s3 last week"), or null.</summary>
    public string? Archived { get; init; }

    /// <summary>For a deletion of rows, how many the notes expect ("~2M rows"), or null.</summary>
    public string? Expected { get; init; }

    /// <summary>What the item gives as the replacement or the new thing, worded as code; null when it names none.</summary>
    public string? Replacement { get; init; }

    /// <summary>Mode labels the item renames ("Rename `New` SQL schema to `Multihost`", <see cref="NamedInPassing.IsLabel"/>): settings' values, not stored objects.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The item renames what it removes ("Rename `error_handler` settings to `on_error`"): <see cref="Replacement"/> is its new name.</summary>
    public bool Renames { get; init; }

    /// <summary>
    /// <see cref="Public"/> split by what kind of thing each name is, since their consumers, and how to see that none is
    /// left, differ: "removed XML export (/api/reports/{id}.xml) and the EXPORT_XML_ENABLED setting" removes a route
    /// (callers in the access logs) and a setting (deployments that still set it). One entry when all are of one kind.
    /// </summary>
    public IReadOnlyList<PublicRemoval> Removals { get; init; } = [];

    /// <summary>
    /// What each change of a destructive item does: one set of parts, or, when the item renames one thing and removes others
    /// on the same line ("rename users.name -> users.full_name, drop users.nick"), one per change, so the new name is paired
    /// with the name it replaces and not with what is dropped beside it.
    /// </summary>
    /// <param name="item">A destructive item.</param>
    /// <param name="notes">The notes it comes from, to point at its line when it names nothing.</param>
    public static IEnumerable<DestructiveParts> Each(ReleaseItem item, string notes)
    {
        // "rename users.name -> users.full_name, orders.a -> orders.b": the rename word covers every arrow on the line.
        var renameSaid = RenameWord().IsMatch(item.Text);
        bool Renames(string text) => RenameTarget().IsMatch(text) || (renameSaid && ArrowRename().IsMatch(text));
        bool Drops(string text) => !Renames(text) && Dropping().IsMatch(text) && NotesFacts.NamesIn(text).Any();
        static bool Changes(string text) => Dropping().IsMatch(text) || Truncate().IsMatch(text) || NotNull().IsMatch(text) || TypeChange().IsMatch(text) || NullOut().IsMatch(text) || RowDeletion().IsMatch(text);
        // "you can delete …", "if you want …, delete …": a deletion the notes offer is the operator's choice, a follow-up, not a removal.
        // "C5 Collections removed from ILMerge process": what leaves the project's build or dependencies is no removal of the operator's.
        if (OptionalDeletion.Offered(item.Text) || RemovedShape.OnlyFromPackaging(item.Text))
        {
            return [];
        }

        // "Rename `New` SQL schema to `Multihost`, and `Default` to `Singlehost`": each old name with its own new name.
        var pairs = renameSaid ? QuotedRename().Matches(item.Text) : null;
        if (pairs is { Count: > 1 } && !Dropping().IsMatch(item.Text))
        {
            return pairs.Select((pair, index) => Of(item with { Text = index == 0 ? item.Text[..(pair.Index + pair.Length)] : pair.Value }, notes, renameSaid) with { Item = item });
        }

        var changes = item.DestroysData && Renames(item.Text) ? LineParts.Of(item.Text) : [];
        if (changes.Count > 1 && changes.Any(Renames) && changes.Any(Drops))
        {
            // The renames together; each other change on its own (a drop, a truncate, NOT NULL), with the words after it that
            // name no change of their own ("archived to s3://…") kept beside it.
            var groups = new List<string> { string.Join(", ", changes.Where(Renames)) };
            foreach (var change in changes.Where(change => !Renames(change)))
            {
                if (groups.Count > 1 && !Changes(change))
                {
                    groups[^1] += ", " + change;
                }
                else
                {
                    groups.Add(change);
                }
            }

            return groups.Select(group => Of(item with { Text = group }, notes, renameSaid) with { Item = item });
        }

        return [Of(item, notes, renameSaid)];
    }

    /// <param name="item">A destructive item.</param>
    /// <param name="notes">The notes it comes from, to point at its line when it names nothing.</param>
    /// <param name="renameSaid">The item says "rename" (an arrow in it is a rename), also where this part of it does not.</param>
    private static DestructiveParts Of(ReleaseItem item, string notes, bool renameSaid)
    {
        // "delete products_v2 after 48h": what a later deletion names is its own follow-up, not a step of this window.
        var later = LaterDeletion.In(item.Text);
        bool Now(string name) => !later.Any(deletion => deletion.Clause.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (!item.DestroysData)
        {
            var named = NotesFacts.NamesIn(item.Text).Distinct(StringComparer.OrdinalIgnoreCase).Where(name => !CodeNames.IsTypeName(name, item.Text)).ToArray();
            var picked = ReleaseAnalyzer.RemovedNames(item.Text, named).Where(Now).Where(name => !NotesFacts.ReadFrom(item.Text, name)).ToArray();
            if (picked.Length == 0 && later.Count == 0 && SelfDeletion.Says(item, notes))
            {
                // "An invalid unique index still enforces its key, so dropping one gives up that constraint …" beside "Boot now
                // drops any index Postgres left invalid": a sentence naming nothing on the line of a deletion the new version
                // makes itself is about that deletion, not a removal of its own that the previous version would bring back.
                return new DestructiveParts(SchemaPlaybook.Objects(item, notes), null, null) { Item = item, ByItself = true };
            }

            // "The old table with login locations will be dropped and a new one … will be created": a table the new version
            // drops itself holds stored rows, not a public name whose consumers are asked about; its rows are lost.
            if (picked.Length > 0 && later.Count == 0 && StoredNoun().IsMatch(item.Text) && !picked.Any(name => IsPublic(name, item.Text)) && SelfDeletion.Says(item, notes))
            {
                return new DestructiveParts(RemovedSubject.Of(item.Text) ?? Wording.Code(picked), null, null) { Item = item, ByItself = true };
            }

            // "drop excessive histogram buckets for the following metrics:": the list below the item is what goes.
            if (later.Count == 0 && ListedAfter(item, notes) is { Count: > 0 } listed)
            {
                var shown = listed.Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
                return new DestructiveParts(null, Wording.Code(shown), null) { Item = item, Removals = Group(Wording.Code(shown), shown, item.Text) };
            }

            var gone = later.Count == 0 ? SchemaPlaybook.Objects(item, notes) : picked.Length > 0 ? Wording.Code(picked) : null;
            var objects = picked.Where(name => !(NotesFacts.IsFilePath(name) && ItemNames.IsFileNotObject(item, name))).Take(3).ToArray();
            // "Rename `error_handler` settings to `on_error`": the new name of a renamed setting or flag is what replaces it.
            var renamed = RenamedTo(item.Text) ?? (renameSaid ? PairedNew(item.Text) : null);
            return new DestructiveParts(null, gone, null) { Item = item, Removals = Group(gone, later.Count == 0 ? objects : picked, item.Text), Replacement = renamed is not null ? Wording.Code([renamed]) : ReplacementOf(item.Text, named), Renames = renamed is not null, Later = later };
        }

        var all = NotesFacts.NamesIn(item.Text).Distinct(StringComparer.OrdinalIgnoreCase).Where(name => !CodeNames.IsTypeName(name, item.Text)).ToArray();
        var files = all.Where(NotesFacts.IsFilePath).ToArray();
        // "db/migrate/2026_drop.rb" also reads as the URL path "/migrate/2026_drop.rb": a piece of a file path is not a name.
        // Only what the item removes: not its replacement, a new thing it creates or where a backfill reads from.
        var names = ReleaseAnalyzer.RemovedNames(item.Text, all).Where(name => !(NotesFacts.IsFilePath(name) && ItemNames.IsFileNotObject(item, name)) && !FileLike().IsMatch(name)
            && !files.Any(file => file.Length > name.Length && file.Contains(name.TrimEnd(':', '.', ','), StringComparison.OrdinalIgnoreCase)) && Now(name) && !NotesFacts.ReadFrom(item.Text, name)).ToArray();
        // "Rename `New` SQL schema to `Multihost`" under Configuration: a mode label is a setting's value, not a stored object.
        var labels = names.Where(name => NamedInPassing.IsLabel(name, item.Text, notes)).ToArray();
        var renamedTo = RenamedTo(item.Text)
            ?? (renameSaid && ArrowRename().Match(item.Text) is { Success: true } arrow ? arrow.Groups["new"].Value : null)
            ?? (renameSaid ? PairedNew(item.Text) : null);
        var stored = names.Where(name => !IsPublic(name, item.Text) && !labels.Contains(name) && !name.Equals(renamedTo, StringComparison.OrdinalIgnoreCase)).Take(3).ToArray();
        var operation = OperationOf(item);
        // "… rake backfill:invoice_region … sets invoices.region NOT NULL": the constraint goes on the column before it.
        if (operation == ContractOperation.NotNull && Constrained().Match(item.Text) is { Success: true } constrained)
        {
            stored = [constrained.Groups["name"].Value];
        }

        var removed = names.Where(name => IsPublic(name, item.Text) || labels.Contains(name)).Take(3).ToArray();
        var putOff = renamedTo is { Length: > 0 } && stored.Length > 0 ? NextReleaseDrops.Of(stored, notes) : [];
        // "Rename `error_handler` settings to `on_error`": the new name of a renamed setting or flag is what replaces it.
        var renamesPublic = renamedTo is { Length: > 0 } && stored.Length == 0 && removed.Length > 0;
        return new DestructiveParts(
            stored.Length > 0 ? Wording.Code(stored) : removed.Length > 0 || later.Count > 0 ? null : SchemaPlaybook.Objects(item, notes),
            removed.Length > 0 ? Wording.Code(removed) : null,
            renamedTo is { Length: > 0 } && stored.Length > 0 ? Wording.Code([renamedTo]) : null)
        {
            Item = item,
            Operation = operation,
            Removals = Group(removed.Length > 0 ? Wording.Code(removed) : null, removed, item.Text, labels),
            Renames = renamesPublic,
            Labels = labels,
            Replacement = renamesPublic ? Wording.Code([renamedTo!])
                : renamedTo is null && operation is ContractOperation.Removal or ContractOperation.Drop or ContractOperation.NullOut ? ReplacementOf(item.Text, all) : null,
            Later = [.. later, .. putOff],
            PutOff = putOff,
            Expected = operation == ContractOperation.DeleteRows && RowCount().Match(item.Text) is { Success: true } count ? count.Value : null,
            Indexes = [.. stored.Where(name => StoredObjects.IsIndex(item.Text, name))],
            Holding = [.. stored.Where(name => !StoredObjects.IsIndex(item.Text, name))],
            Archived = Archive().Match(item.Text) is { Success: true } archive ? archive.Value.Trim() : null,
            Mongo = MongoWord().IsMatch(item.Text),
            ByItself = SelfDeletion.Says(item, notes),
        };
    }

    /// <summary>
    /// The contract operation the item states; a plain removal when it states none of the others. An item that changes
    /// data and no schema and deletes ("deletes soft-deleted accounts", "dedupe customers … dups deleted") deletes rows.
    /// </summary>
    private static ContractOperation OperationOf(ReleaseItem item) =>
        NotNull().IsMatch(item.Text) ? ContractOperation.NotNull
        : TypeChange().IsMatch(item.Text) ? ContractOperation.TypeChange
        : Truncate().IsMatch(item.Text) ? ContractOperation.Truncate
        : NullOut().IsMatch(item.Text) ? ContractOperation.NullOut
        : item.Risks.Contains(RiskArea.Data) && !item.Risks.Contains(RiskArea.Schema) && RowDeletion().IsMatch(item.Text) ? ContractOperation.DeleteRows
        : Dropping().IsMatch(item.Text) && !RenameTarget().IsMatch(item.Text) ? ContractOperation.Drop
        : ContractOperation.Removal;
}
