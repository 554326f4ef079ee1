using System.Globalization;
using System.Net;
using System.Text.Json;
using DeployBot.Planning.Model;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DeployBot.Planning.Resilience;

/// <summary>Which model failures are worth another attempt, and how a fallback explains them in one line.</summary>
internal static class ModelFailure
{
    /// <summary>The model is unreachable, overloaded or too slow: the circuit breaker counts these.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        HttpOperationException http => IsTransient(http.StatusCode),
        TimeoutRejectedException or HttpRequestException => true,
        _ => false,
    };

    /// <summary>Worth another attempt: unavailable, or it answered with something unusable.</summary>
    public static bool IsRetryable(Exception exception) =>
        IsUnavailable(exception) || IsUnusableAnswer(exception);

    /// <summary>Anything that means "the model could not give us a plan" rather than a bug or a cancellation by the caller.</summary>
    public static bool IsModelTrouble(Exception exception) =>
        exception is HttpOperationException or BrokenCircuitException or ModelAnswerRejectedException
        || IsRetryable(exception);

    // A 200 whose body the SDK cannot read surfaces as a JSON or format error from the client library.
    private static bool IsUnusableAnswer(Exception exception) =>
        exception is ModelAnswerRejectedException or JsonException or FormatException or KeyNotFoundException;

    private static bool IsTransient(HttpStatusCode? status) =>
        status is null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>"the model did not answer after 3 attempts (HTTP 500)": the plan's fallback line.</summary>
    public static string Describe(Exception exception, int attempts, ModelOptions options, bool forPlan = true)
    {
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        return exception switch
        {
            BrokenCircuitException => "model circuit open (recent model calls failed; trying again later)",
            TimeoutRejectedException timeout when timeout.Timeout >= TimeSpan.FromSeconds(options.TotalTimeoutSeconds) =>
                $"the model did not answer within the {Seconds(options.TotalTimeoutSeconds)} time budget ({tries})",
            TimeoutRejectedException => $"the model did not answer after {tries} (timed out after {Seconds(options.AttemptTimeoutSeconds)})",
            HttpOperationException { StatusCode: null } => $"the model did not answer after {tries} (connection failed)",
            HttpOperationException http when IsTransient(http.StatusCode) => $"the model did not answer after {tries} (HTTP {(int)http.StatusCode!})",
            HttpOperationException http => $"the model refused the request (HTTP {(int)http.StatusCode!})",
            HttpRequestException => $"the model did not answer after {tries} (connection failed)",
            ModelAnswerRejectedException rejected when forPlan => $"the model's plan failed validation after {tries} ({Rules(rejected)})",
            ModelAnswerRejectedException => $"the model gave no usable answer after {tries}",
            _ => $"the model's answer could not be read after {tries}",
        };
    }

    private static string Rules(ModelAnswerRejectedException rejected) =>
        string.Join(", ", rejected.Violations.Select(v => v.Rule).Distinct().Take(5));

    private static string Seconds(double seconds) => $"{seconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
}
