using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Features.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHubs.ComponentTests.Events;

/// <summary>The door on a phone, with a stand-in for the page that answers the way the handlers do.</summary>
public sealed class DoorCheckInTests : AppComponentContext
{
    private static readonly DateTime Start = new(2026, 5, 4, 18, 0, 0);
    private static readonly Guid HubId = Guid.NewGuid();
    private static readonly Guid EventId = Guid.NewGuid();

    private readonly List<CheckInRow> _people =
    [
        new(Guid.NewGuid(), "Amal Nasser", RsvpStatus.Confirmed, false),
        new(Guid.NewGuid(), "Peter Schmidt", RsvpStatus.Confirmed, true),
        new(Guid.NewGuid(), "Fatima Osman", RsvpStatus.Waitlisted, false),
    ];

    private readonly DoorBroadcast _door = new(NullLogger<DoorBroadcast>.Instance);

    /// <summary>Saves still in flight, when the test holds them: each finishes when the test says so.</summary>
    private readonly List<TaskCompletionSource> _inFlight = [];
    private bool _slowSaves;
    private bool _tellOtherViews;

    private Attendance _walkIns = new(0, 0, 0);
    private string? _search;
    private bool _closed;
    private int _closes;

    private CheckInSheet Sheet()
    {
        var rows = _people.Where(p => string.IsNullOrWhiteSpace(_search) || p.Name.Contains(_search, StringComparison.OrdinalIgnoreCase)).ToList();
        var tally = new CheckInTally(_people.Count(p => p.CheckedIn), _people.Count(p => p.Status == RsvpStatus.Confirmed),
            _people.Count(p => p.Status == RsvpStatus.Waitlisted), _walkIns);
        return new CheckInSheet(EventId, HubId, "leipzig-ost", "Sprachcafé", "de", Start, Start.AddHours(2), Start.AddHours(-1),
            _closed ? CheckInDoor.Closed : CheckInDoor.Open, rows, rows.Count, tally);
    }

    public DoorCheckInTests() => Services.AddSingleton(_door);

    /// <summary>Like a handler's save: waits while the test holds saves, then tells every open view of the door.</summary>
    private async Task SaveAsync(Action change)
    {
        if (_slowSaves)
        {
            var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight.Add(saved);
            await saved.Task;
        }

        change();
        if (_tellOtherViews)
        {
            _door.Changed(HubId, EventId);
        }
    }

    /// <summary>
    /// Renders the door; each callback changes the stand-in's state and hands the new sheet back, as the page does, and a
    /// change saved elsewhere makes it read the sheet again.
    /// </summary>
    private IRenderedComponent<DoorCheckIn> RenderDoor(CheckInDoor? door = null)
    {
        IRenderedComponent<DoorCheckIn>? cut = null;
        void Again() => cut!.Render(p => p.Add(x => x.Sheet, Sheet()).Add(x => x.Search, _search));
        cut = Render<DoorCheckIn>(p => p
            .Add(x => x.Sheet, door is { } d ? Sheet() with { Door = d } : Sheet())
            .Add(x => x.SearchChanged, s =>
            {
                _search = s;
                Again();
            })
            .Add(x => x.OnTick, async tick =>
            {
                await SaveAsync(() =>
                {
                    var i = _people.FindIndex(p => p.RsvpId == tick.RsvpId);
                    _people[i] = _people[i] with { CheckedIn = tick.Present };
                });
                Again();
            })
            .Add(x => x.OnWalkIn, async change =>
            {
                await SaveAsync(() => _walkIns = change.Group switch
                {
                    WalkInGroup.Newcomer => _walkIns with { Newcomers = _walkIns.Newcomers + change.Delta },
                    WalkInGroup.Resident => _walkIns with { Residents = _walkIns.Residents + change.Delta },
                    _ => _walkIns with { Unknown = _walkIns.Unknown + change.Delta },
                });
                Again();
            })
            .Add(x => x.OnChanged, Again)
            .Add(x => x.OnClose, () =>
            {
                _closes++;
                _closed = true;
                Again();
            }));
        return cut;
    }

    private static string[] Names(IRenderedComponent<DoorCheckIn> cut) =>
        [.. cut.FindAll("[data-testid=door-row]").Select(r => r.GetAttribute("data-name")!)];

    [Fact]
    public void Search_ShowsOnlyThePeopleWhoseNameMatches()
    {
        var cut = RenderDoor();
        Names(cut).ShouldBe(["Amal Nasser", "Peter Schmidt", "Fatima Osman"]);

        cut.Find("input[data-testid=door-search]").Input("fati");

        Names(cut).ShouldBe(["Fatima Osman"]);
        cut.Find("input[data-testid=door-search]").Input("zzz");
        cut.Find("[data-testid=door-empty]").TextContent.ShouldContain("Niemand mit diesem Namen");
    }

    [Fact]
    public void TheWaitlisted_AreMarked()
    {
        var cut = RenderDoor();

        var rows = cut.FindAll("[data-testid=door-row]");

        rows[2].TextContent.ShouldContain("Warteliste");
        rows[0].TextContent.ShouldNotContain("Warteliste");
    }

    [Fact]
    public void Tick_ChecksAPersonIn_AndTheTallyFollows()
    {
        var cut = RenderDoor();
        cut.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("1");

        cut.FindAll("button[data-testid=door-tick]")[0].Click();

        cut.FindAll("button[data-testid=door-tick]")[0].GetAttribute("aria-pressed").ShouldBe("true");
        cut.FindAll("button[data-testid=door-tick]")[0].TextContent.ShouldContain("Da");
        cut.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("2");
        cut.Find("[data-testid=tally-present]").TextContent.ShouldBe("2");

        cut.FindAll("button[data-testid=door-tick]")[1].Click();

        cut.FindAll("button[data-testid=door-tick]")[1].GetAttribute("aria-pressed").ShouldBe("false");
        cut.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("1");
    }

    [Fact]
    public void WalkInCounter_AddsAndTakesAway_AndCannotGoBelowZero()
    {
        var cut = RenderDoor();
        var newcomers = () => cut.Find("[data-testid=walk-in-Newcomer]");
        newcomers().QuerySelector("button[data-testid=walk-in-remove]")!.HasAttribute("disabled").ShouldBeTrue();

        newcomers().QuerySelector("button[data-testid=walk-in-add]")!.Click();
        newcomers().QuerySelector("button[data-testid=walk-in-add]")!.Click();
        newcomers().QuerySelector("button[data-testid=walk-in-remove]")!.Click();

        newcomers().QuerySelector("[data-testid=walk-in-count]")!.TextContent.ShouldBe("1");
        newcomers().QuerySelector("button[data-testid=walk-in-add]")!.GetAttribute("aria-label").ShouldBe("Neu angekommen: eine Person mehr");
        cut.Find("[data-testid=tally-walk-ins]").TextContent.ShouldBe("1");
        cut.Find("[data-testid=tally-present]").TextContent.ShouldBe("2");
    }

    [Fact]
    public void Close_AsksFirst_BackKeepsTheDoorOpen_YesClosesItReadOnly()
    {
        var cut = RenderDoor();

        cut.Find("button[data-testid=door-close]").Click();
        cut.Find("[data-testid=door-close-confirm]").TextContent.ShouldContain("Anwesend: 1");
        cut.Find("button[data-testid=door-close-back]").Click();

        cut.FindAll("[data-testid=door-close-confirm]").ShouldBeEmpty();
        _closes.ShouldBe(0);

        cut.Find("button[data-testid=door-close]").Click();
        cut.Find("button[data-testid=door-close-yes]").Click();

        _closes.ShouldBe(1);
        cut.Find("[data-testid=door-state]").TextContent.ShouldContain("endgültig");
        cut.FindAll("button[data-testid=door-tick]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=walk-in-add]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=door-close]").ShouldBeEmpty();
        cut.FindAll("[data-testid=door-row]").Count.ShouldBe(3);
    }

    [Fact]
    public void WalkIn_TappedWhileASaveIsInFlight_IsQueuedAndCounted_NeverDropped()
    {
        _slowSaves = true;
        var cut = RenderDoor();
        var newcomers = () => cut.Find("[data-testid=walk-in-Newcomer]");
        var add = () => newcomers().QuerySelector("button[data-testid=walk-in-add]")!;

        add().Click();
        cut.WaitForAssertion(() => _inFlight.Count.ShouldBe(1));

        // A phone does not deliver a tap on a disabled button: the buttons stay live while a save is in flight.
        add().HasAttribute("disabled").ShouldBeFalse();
        add().Click();
        add().Click();
        newcomers().QuerySelector("button[data-testid=walk-in-remove]")!.Click();
        add().Click();

        // Four taps wait behind the save in flight: none is saved beside it, none is lost.
        _inFlight.Count.ShouldBe(1);
        cut.WaitForAssertion(() => newcomers().QuerySelector("[data-testid=walk-in-pending]")!.TextContent.ShouldBe("+3"));
        newcomers().QuerySelector("[data-testid=walk-in-count]")!.TextContent.ShouldBe("0");
        for (var save = 0; save < 5; save++)
        {
            cut.WaitForAssertion(() => _inFlight.Count.ShouldBe(save + 1));
            _inFlight[save].SetResult();
        }

        cut.WaitForAssertion(() => newcomers().QuerySelector("[data-testid=walk-in-count]")!.TextContent.ShouldBe("3"));
        _walkIns.Newcomers.ShouldBe(3);
        newcomers().QuerySelector("[data-testid=walk-in-pending]").ShouldBeNull();
        cut.Find("[data-testid=tally-present]").TextContent.ShouldBe("4");
    }

    [Fact]
    public void WalkIns_StillQueued_WhenAnotherPhoneClosedTheDoor_AreNotSavedOneByOne()
    {
        _slowSaves = true;
        var cut = RenderDoor();
        var newcomers = () => cut.Find("[data-testid=walk-in-Newcomer]");
        var add = () => newcomers().QuerySelector("button[data-testid=walk-in-add]")!;
        add().Click();
        cut.WaitForAssertion(() => _inFlight.Count.ShouldBe(1));
        add().Click();
        add().Click();

        // Another phone closes the door while the first tap is being saved.
        _closed = true;
        _inFlight[0].SetResult();

        cut.WaitForAssertion(() => cut.Find("[data-testid=door-state]").TextContent.ShouldContain("endgültig"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=door-saving]").TextContent.ShouldBeEmpty());
        _inFlight.Count.ShouldBe(1);
    }

    [Fact]
    public void Tick_TappedTwiceWhileTheFirstIsSaving_TakesTheTickBackAfterIt()
    {
        _slowSaves = true;
        var cut = RenderDoor();
        var amal = () => cut.FindAll("button[data-testid=door-tick]")[0];

        amal().Click();
        cut.WaitForAssertion(() => _inFlight.Count.ShouldBe(1));
        amal().GetAttribute("aria-pressed").ShouldBe("true");
        amal().HasAttribute("disabled").ShouldBeFalse();
        amal().Click();
        amal().GetAttribute("aria-pressed").ShouldBe("false");
        _inFlight[0].SetResult();
        cut.WaitForAssertion(() => _inFlight.Count.ShouldBe(2));
        _people[0].CheckedIn.ShouldBeTrue();
        _inFlight[1].SetResult();

        cut.WaitForAssertion(() => _people[0].CheckedIn.ShouldBeFalse());
        cut.WaitForAssertion(() => cut.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("1"));
    }

    [Fact]
    public async Task AnotherPhone_ChecksSomeoneIn_ThisPhoneShowsItAtOnce_AndAClosedViewStopsListening()
    {
        _tellOtherViews = true;
        var one = RenderDoor();
        var two = RenderDoor();
        two.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("1");
        _door.Listening(HubId, EventId).ShouldBe(2);

        // Found and pressed in one go: the news of the first tap re-renders this view too.
        await one.InvokeAsync(() => one.FindAll("button[data-testid=door-tick]")[0].Click());
        await one.InvokeAsync(() => one.FindAll("button[data-testid=walk-in-add]")[0].Click());

        two.WaitForAssertion(() => two.Find("[data-testid=tally-checked-in]").TextContent.ShouldBe("2"));
        two.WaitForAssertion(() => two.Find("[data-testid=tally-walk-ins]").TextContent.ShouldBe("1"));
        two.FindAll("button[data-testid=door-tick]")[0].GetAttribute("aria-pressed").ShouldBe("true");

        await DisposeComponentsAsync();
        _door.Listening(HubId, EventId).ShouldBe(0);
    }

    [Fact]
    public async Task TheDoorBroadcast_TellsOnlyTheViewsOfThatHubsEvent()
    {
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherHubHeard = 0;
        using var mine = _door.Subscribe(HubId, EventId, () =>
        {
            heard.SetResult();
            return Task.CompletedTask;
        });
        using var otherHub = _door.Subscribe(Guid.NewGuid(), EventId, () =>
        {
            otherHubHeard++;
            return Task.CompletedTask;
        });

        _door.Changed(HubId, EventId);

        await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        otherHubHeard.ShouldBe(0);
    }

    [Theory]
    [InlineData(CheckInDoor.NotYetOpen, "öffnet eine Stunde vor Beginn")]
    [InlineData(CheckInDoor.Cancelled, "abgesagt")]
    public void BeforeTheDoorOpens_OrWhenCancelled_ThePageSaysSo_AndOffersNoTicks(CheckInDoor door, string says)
    {
        var cut = RenderDoor(door);

        cut.Find("[data-testid=door-state]").TextContent.ShouldContain(says);
        cut.FindAll("button[data-testid=door-tick]").ShouldBeEmpty();
        cut.FindAll("[data-testid=door-walk-ins]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=door-close]").ShouldBeEmpty();
    }
}
