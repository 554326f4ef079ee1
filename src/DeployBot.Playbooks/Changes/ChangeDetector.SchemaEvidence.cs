using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The database behind a schema change: a schema step is planned only when the notes name one.</summary>
internal static partial class ChangeDetector
{
    /// <summary>
    /// A schema kind read from a word such as "column" in notes about Kubernetes resources ("add printer column on CRD")
    /// stands only when the notes also name a migration, DDL, a SQL engine or a table or database: an expand migration
    /// "for "umn"" of a service mesh chart would be invented work.
    /// </summary>
    private static void NarrowToDatabase(HashSet<ChangeKind> kinds, string notes)
    {
        if (kinds.Contains(ChangeKind.Schema) && KubernetesObject().IsMatch(notes) && !NamesADatabase(notes))
        {
            kinds.Remove(ChangeKind.Schema);
        }
    }

    /// <summary>A Kubernetes resource the notes name: "printer column on CRD", "custom resource", "`kubectl get` output".</summary>
    [GeneratedRegex(@"\b(?:CRDs?|CustomResourceDefinitions?|custom\s+resources?|printer\s+columns?|additionalPrinterColumns|kubectl\s+get)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KubernetesObject();

    /// <summary>The notes name a migration, DDL, a SQL engine, or a table or database: a schema risk read from them has a database behind it.</summary>
    internal static bool NamesADatabase(string notes) => DatabaseEvidence().IsMatch(notes);

    [GeneratedRegex(@"\bmigrat\w* | \bdb:\w+ | \b(?:ALTER|CREATE|DROP|TRUNCATE|RENAME)\s+(?:TABLE|INDEX|COLUMN|SCHEMA|VIEW|TYPE|CONSTRAINT)\b | \bADD\s+(?:COLUMN|CONSTRAINT|INDEX)\b
        | \b(?:postgres\w*|psql|pg_\w+|mysql\w*|mariadb|sqlite\d?|sql\s*server|mssql|oracle|\w*sql|cockroach\w*|aurora|rds|mongo\w*|cassandra|dynamodb|clickhouse)\b
        | \b(?:tables?|database\w*|db|schema\w*|index(?:es)?|indices|primary\s+key|foreign\s+key|nullable|not\s+null)\b",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DatabaseEvidence();
}
