namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>FRESH7, the outside estimate after the seventh round; the eighth round read its misses, so they print now.</summary>
public sealed partial class AnalyzerScoreTests
{
    // FRESH7 (blind, 90 excerpts from 26 projects, collected and labelled by another engineer who never ran the analyzer
    // or read its code), measured once on 5 Dec 2026 (00:40 UTC) before anything was changed for it: recall 71.6%,
    // precision 75.9%, kind 73/90, destructive 78/90 (per area recall/precision: schema 67/80, auth 71/88, external 32/53,
    // config 90/68, infra 76/80, data 57/50, breaking 85/81). Once after the seventh round (made from FRESH6's misses,
    // without this folder; FRESH6 73.9/76.9 -> 86.2/84.1): recall 73.0%, precision 75.9%, kind 73/90 (external 48/63,
    // config 87/68, breaking 85/78, the rest unchanged). Again the round barely carried over to unseen changelogs.
    // The eighth round (5 Dec 2026, 6th-8th hours UTC) read its misses: 73.0/75.9 kind 73/90 -> 77.3/78.4 kind 79/90, destructive
    // 78/90 (schema 67/80 -> 75/82, auth 71/88 -> 80/89, external 48/63 -> 52/65, infra 76/80 -> 80/81, breaking 85/78 -> 85/88).
    // Most of the rest are judgement calls the words cannot see: a vendor SDK's own changelog is external throughout,
    // an ORM's or a migration tool's release touches schema, a Helm chart bumping its app is infra.
    private const double Fresh7RecallFloor = 0.785;
    private const double Fresh7PrecisionFloor = 0.79;
    private const double Fresh7KindFloor = 0.91; // session 20 kind round (opening-line version, 0.x minor dropping a runtime): 79 -> 81/90; session 22 (a later release carrying its major's tagged entries): 82/90
}
