namespace DeployBot.Core.Text;

/// <summary>
/// How long one regular-expression match over a request's text (notes, WINDOW, a chat message) may run before it is
/// treated as runaway backtracking and stopped. The clock also runs while the JIT compiles a pattern's generated matcher
/// on its first use: that alone took 100-200 ms per large pattern with the machine loaded (load average 30 on two
/// cores), and at the earlier one-second budget 7 of 12 cold <c>plan</c> runs on a 3.5 KB changelog failed with a
/// timeout. Five seconds never fired in the same test and still stops a runaway match on bounded input.
/// </summary>
public static class MatchBudget
{
    /// <summary>The budget, for <c>[GeneratedRegex(..., MatchBudget.Milliseconds)]</c>.</summary>
    public const int Milliseconds = 5_000;

    /// <summary>The budget, for patterns built at run time (<c>new Regex(..., MatchBudget.Timeout)</c>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(Milliseconds);
}
