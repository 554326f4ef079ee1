using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.Handlers;

/// <summary>
/// Work that must not hold up Slack's 3-second acknowledgement (telling the requester after a modal closes, finishing a
/// slow command): queued here and run in order by a background service. Failures are logged, never thrown at Slack.
/// </summary>
internal sealed class SlackFollowUps(ILogger<SlackFollowUps> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    public void Enqueue(Func<CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                SlackLog.HandlerFailed(logger, exception);
            }
        }
    }
}
