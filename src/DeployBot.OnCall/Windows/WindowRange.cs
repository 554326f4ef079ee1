namespace DeployBot.OnCall.Windows;

/// <summary>A maintenance window as instants: it starts at <see cref="Start"/> and ends at <see cref="End"/> (later).</summary>
internal readonly record struct WindowRange(DateTimeOffset Start, DateTimeOffset End);
