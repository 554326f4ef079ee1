using DeployBot.Core.Releases;

namespace DeployBot.Sources.Reading;

/// <summary>Counts a commit's checks and statuses into a <see cref="CiSummary"/>: passed, failing or pending.</summary>
internal sealed class CiTally
{
    public const string Failing = "failing";
    public const string Pending = "pending";

    private readonly List<CiCheck> _notPassed = [];
    private int _passed;

    public void Passed() => _passed++;

    public void NotPassed(string name, string state) => _notPassed.Add(new CiCheck(name, state));

    /// <summary>Null when the source reported nothing for the commit.</summary>
    public CiSummary? Summary() =>
        _passed + _notPassed.Count == 0
            ? null
            : new CiSummary(_passed + _notPassed.Count, _passed, _notPassed.OrderBy(check => check.State == Failing ? 0 : 1).ToArray());
}
