namespace DeployBot.Core.Requests;

/// <summary>The argument keys of <c>/deploy-plan</c>, in the order they are shown and formatted.</summary>
public enum RequestField
{
    Notes,
    Environment,
    Window,
    Flag,
}
