using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What a database migration command looks like, for every reader that has to tell one from other commands: the schema
/// playbook quotes the notes' own migration instead of a generic one, and a generator is kept as a command only when it
/// is chained to the migration it writes.
/// </summary>
internal static partial class MigrationCommands
{
    /// <summary>"`make upgrade-database`", "`rails db:migrate`", "`php artisan migrate`", "`mix ecto.migrate`": a command that migrates the schema.</summary>
    public static bool Migrates(string command) => Migration().IsMatch(command);

    /// <summary>"rails generate x:update &amp;&amp; rails db:migrate": a command followed by the migration it prepares.</summary>
    public static bool EndsInMigration(string command) =>
        command.Split("&&").Skip(1).Any(Migrates);

    [GeneratedRegex(@"\b(?:db:migrate|manage\.py\s+migrate|artisan\s+migrate|alembic\s+upgrade|upgrade-?database|upgradedb|migrate\s+(?:up|deploy)|flyway\s+migrate|liquibase\s+update|knex\s+migrate:latest|prisma\s+migrate\s+deploy|sequelize\s+db:migrate|bin/console\s+doctrine:migrations:migrate|ecto\.migrate)\b|\bmigrate\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Migration();
}
