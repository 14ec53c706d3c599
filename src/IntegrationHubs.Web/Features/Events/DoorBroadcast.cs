namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// Tells every open door view of an event, in every circuit of this process, that its door list or tally changed: a phone at
/// the door shows another phone's tick or walk-in at once instead of on its next poll (decision 0030). Views are keyed by hub
/// and event, so a view only ever hears about the event of the hub it was authorised for; it reloads through the handlers,
/// which check access again, so the signal itself carries nothing to leak.
/// </summary>
public sealed class DoorBroadcast(ILogger<DoorBroadcast> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid HubId, Guid EventId), List<Subscription>> _views = [];

    /// <summary>Listens for changes at this event's door until the returned handle is disposed (when the view goes).</summary>
    public IDisposable Subscribe(Guid hubId, Guid eventId, Func<Task> changed)
    {
        var subscription = new Subscription(this, (hubId, eventId), changed);
        lock (_gate)
        {
            if (!_views.TryGetValue(subscription.Key, out var views))
            {
                _views[subscription.Key] = views = [];
            }

            views.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Called after a change at the door is committed; each view hears it without waiting for the others.</summary>
    public void Changed(Guid hubId, Guid eventId)
    {
        Subscription[] views;
        lock (_gate)
        {
            if (!_views.TryGetValue((hubId, eventId), out var listening))
            {
                return;
            }

            views = [.. listening];
        }

        // Off the caller's thread: the change may come from a circuit whose own view would otherwise reload inline.
        foreach (var view in views)
        {
            _ = Task.Run(() => TellAsync(view.Changed, eventId));
        }
    }

    /// <summary>How many views listen to this event's door: the tests see a closed page let go.</summary>
    public int Listening(Guid hubId, Guid eventId)
    {
        lock (_gate)
        {
            return _views.TryGetValue((hubId, eventId), out var views) ? views.Count : 0;
        }
    }

    private async Task TellAsync(Func<Task> view, Guid eventId)
    {
        try
        {
            await view();
        }
        catch (Exception ex)
        {
            // One broken circuit must not keep the news from the other phones, nor fail the change that was already saved.
            logger.LogWarning(ex, "A door view of event {EventId} could not take a change", eventId);
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_gate)
        {
            if (_views.TryGetValue(subscription.Key, out var views) && views.Remove(subscription) && views.Count == 0)
            {
                _views.Remove(subscription.Key);
            }
        }
    }

    private sealed class Subscription(DoorBroadcast broadcast, (Guid, Guid) key, Func<Task> changed) : IDisposable
    {
        public (Guid, Guid) Key => key;

        public Func<Task> Changed => changed;

        public void Dispose() => broadcast.Unsubscribe(this);
    }
}
