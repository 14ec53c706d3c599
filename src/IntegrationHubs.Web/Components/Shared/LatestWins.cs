namespace IntegrationHubs.Web.Components.Shared;

/// <summary>
/// Saves of an on/off control (a checklist tick, a "support" toggle), one at a time per item, the last tap winning. A
/// control disabled while it saved swallowed a quick second tap: the person saw their tap land and nothing happen. Here
/// the control stays enabled and shows what was asked for (<see cref="Shown"/>); a tap during a save is saved right after
/// it, and taps that cancel each other out save nothing more. Each save sets a value (never "toggle"), so the outcome does
/// not depend on how the taps and saves interleave. Used on one circuit's synchronization context: no locking needed.
/// </summary>
public sealed class LatestWins<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, bool> _wanted = [];

    /// <summary>What the control shows for <paramref name="key"/>: the value asked for while it is being saved, else the saved one.</summary>
    public bool Shown(TKey key, bool saved) => _wanted.TryGetValue(key, out var wanted) ? wanted : saved;

    /// <summary>Whether a save for <paramref name="key"/> is under way.</summary>
    public bool IsSaving(TKey key) => _wanted.ContainsKey(key);

    /// <summary>
    /// Asks for <paramref name="value"/>. When no save for the key is running, saves it (and then each later wish that
    /// differs from the last one saved); when one is running, only records the wish, which that running save picks up.
    /// </summary>
    /// <param name="saved">The value saved now, as the control showed it before the first tap.</param>
    /// <param name="save">Sets the value (idempotently) where it is kept.</param>
    public async Task SetAsync(TKey key, bool value, bool saved, Func<bool, Task> save)
    {
        if (_wanted.ContainsKey(key))
        {
            _wanted[key] = value;
            return;
        }

        _wanted[key] = value;
        try
        {
            while (_wanted[key] != saved)
            {
                var next = _wanted[key];
                await save(next);
                saved = next;
            }
        }
        finally
        {
            _wanted.Remove(key);
        }
    }
}
