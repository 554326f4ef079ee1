namespace DeployBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server tests may use: an Npgsql connection string in <c>DEPLOYBOT_TEST_POSTGRES</c>
/// (<c>.ci/services.sh</c> starts one on 127.0.0.1:55432 and exports it). Outside CI, tests skip with
/// <see cref="SkipReason"/> when it is unset; in CI (<c>CI=true</c>) a missing server is an error, never a skip.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "DEPLOYBOT_TEST_POSTGRES";

    /// <summary>The server connection string (any database on it), or null when none is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Null when PostgreSQL tests should run; otherwise why they are skipped. Throws in CI without a server,
    /// so a broken CI setup fails loudly instead of silently skipping the PostgreSQL half of the suite.
    /// </summary>
    public static string? SkipReason
    {
        get
        {
            if (ConnectionString is not null)
            {
                return null;
            }

            if (IsCi)
            {
                throw new InvalidOperationException(
                    $"CI=true but {EnvironmentVariable} is not set: .ci/run must start PostgreSQL (start_postgres in .ci/services.sh) before the tests.");
            }

            return $"PostgreSQL tests skipped: set {EnvironmentVariable} to an Npgsql connection string "
                + "(e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres) or run .ci/run.";
        }
    }
}
