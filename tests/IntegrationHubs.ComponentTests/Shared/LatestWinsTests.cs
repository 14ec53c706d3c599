using IntegrationHubs.Web.Components.Shared;

namespace IntegrationHubs.ComponentTests.Shared;

/// <summary>A toggle's saves while it stays enabled: the last tap wins, whatever the taps and saves interleave.</summary>
public sealed class LatestWinsTests
{
    [Fact]
    public async Task SecondTap_WhileTheFirstSaves_IsSavedRightAfter_AndShownMeanwhile()
    {
        var wins = new LatestWins<int>();
        var saves = new List<bool>();
        var first = new TaskCompletionSource();
        var saving = wins.SetAsync(1, true, false, async value =>
        {
            saves.Add(value);
            if (saves.Count == 1)
            {
                await first.Task;
            }
        });

        // Two more taps while the first save is under way: on again off, then on. Only the last one counts.
        await wins.SetAsync(1, false, false, _ => throw new InvalidOperationException("a second save must not start beside the first"));
        wins.Shown(1, saved: false).ShouldBeFalse();
        await wins.SetAsync(1, true, false, _ => throw new InvalidOperationException("a second save must not start beside the first"));
        await wins.SetAsync(1, false, false, _ => throw new InvalidOperationException("a second save must not start beside the first"));
        wins.IsSaving(1).ShouldBeTrue();
        first.SetResult();
        await saving;

        saves.ShouldBe([true, false]);
        wins.IsSaving(1).ShouldBeFalse();
    }

    [Fact]
    public async Task TapsThatCancelOut_DuringASave_SaveNothingMore()
    {
        var wins = new LatestWins<int>();
        var saves = new List<bool>();
        var first = new TaskCompletionSource();
        var saving = wins.SetAsync(1, true, false, async value =>
        {
            saves.Add(value);
            await first.Task;
        });

        await wins.SetAsync(1, false, false, _ => Task.CompletedTask);
        await wins.SetAsync(1, true, false, _ => Task.CompletedTask);
        first.SetResult();
        await saving;

        saves.ShouldBe([true]);
    }

    [Fact]
    public async Task DifferentItems_SaveSideBySide()
    {
        var wins = new LatestWins<int>();
        var saves = new List<(int, bool)>();
        var hold = new TaskCompletionSource();
        var one = wins.SetAsync(1, true, false, async v => { saves.Add((1, v)); await hold.Task; });
        var two = wins.SetAsync(2, true, false, v => { saves.Add((2, v)); return Task.CompletedTask; });
        await two;
        hold.SetResult();
        await one;

        saves.ShouldBe([(1, true), (2, true)]);
    }
}
