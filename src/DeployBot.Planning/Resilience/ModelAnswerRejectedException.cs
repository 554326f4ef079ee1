using DeployBot.Core.Plans;

namespace DeployBot.Planning.Resilience;

/// <summary>The model answered, but the answer is unusable: a failed attempt whose violations the repair prompt quotes.</summary>
internal sealed class ModelAnswerRejectedException : Exception
{
    public ModelAnswerRejectedException()
        : this([], string.Empty)
    {
    }

    public ModelAnswerRejectedException(string message)
        : base(message)
    {
        Violations = [];
        Answer = string.Empty;
    }

    public ModelAnswerRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
        Answer = string.Empty;
    }

    public ModelAnswerRejectedException(IReadOnlyList<PlanViolation> violations, string answer)
        : base($"The model's answer broke {violations?.Count ?? 0} rule(s): {string.Join(", ", violations?.Select(v => v.Rule) ?? [])}.")
    {
        Violations = violations ?? [];
        Answer = answer ?? string.Empty;
    }

    public IReadOnlyList<PlanViolation> Violations { get; }

    /// <summary>The rejected answer, so the repair prompt can show the model what it wrote.</summary>
    public string Answer { get; }
}
