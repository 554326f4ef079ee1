namespace DeployBot.Core.Requests;

/// <summary>One thing wrong with the arguments a user typed, with the field it concerns when there is one.</summary>
public sealed record ArgumentProblem(RequestField? Field, string Message);
