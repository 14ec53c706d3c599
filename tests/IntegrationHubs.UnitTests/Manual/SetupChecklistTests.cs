using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Manual;
using static IntegrationHubs.UnitTests.Manual.ManualTestData;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class SetupChecklistTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CopyFrom_MakesOneOpenItemPerActivity_InPhaseOrder()
    {
        var items = SetupItem.CopyFrom(Strategy);

        items.Count.ShouldBe(3);
        items.Select(i => (i.PhaseNumber, i.Position)).ShouldBe([(0, 0), (0, 1), (1, 0)]);
        items.ShouldAllBe(i => !i.IsDone);
        items[2].Phase.En.ShouldBe("Open the doors (en)");
        items[0].SuggestedWeeks.ShouldBe(6);
    }

    [Fact]
    public void Tick_ThenUntick_RecordsAndClearsWhoAndWhen()
    {
        var item = SetupItem.CopyFrom(Strategy)[0];
        var by = Guid.NewGuid();

        item.Tick(by, Now);
        item.IsDone.ShouldBeTrue();
        item.DoneByUserId.ShouldBe(by);
        item.DoneAt.ShouldBe(Now);

        item.Untick();
        item.IsDone.ShouldBeFalse();
        item.DoneByUserId.ShouldBeNull();
        item.DoneAt.ShouldBeNull();
    }

    [Fact]
    public void Plan_SetsNoteAndDueDate_BlankNoteClears()
    {
        var item = SetupItem.CopyFrom(Strategy)[0];

        item.Plan("  ask the mayor ", new DateOnly(2026, 12, 1));
        item.Note.ShouldBe("ask the mayor");
        item.DueDate.ShouldBe(new DateOnly(2026, 12, 1));

        item.Plan(" ", null);
        item.Note.ShouldBeNull();
        item.DueDate.ShouldBeNull();
    }

    [Fact]
    public void Plan_NoteTooLong_IsRefused()
    {
        var item = SetupItem.CopyFrom(Strategy)[0];

        Should.Throw<DomainException>(() => item.Plan(new string('x', SetupItem.NoteMaxLength + 1), null)).Code.ShouldBe("Setup.NoteTooLong");
    }

    [Fact]
    public void Progress_IsCountedPerPhase()
    {
        var items = SetupItem.CopyFrom(Strategy);
        items[0].Tick(Guid.NewGuid(), Now);
        items[2].Tick(Guid.NewGuid(), Now);

        var phases = SetupProgress.PerPhase(items);

        phases.Count.ShouldBe(2);
        (phases[0].Done, phases[0].Total, phases[0].Percent, phases[0].IsComplete).ShouldBe((1, 2, 50, false));
        (phases[1].Done, phases[1].Total, phases[1].IsComplete).ShouldBe((1, 1, true));
        SetupProgress.Percent(items).ShouldBe(66);
    }

    private static Hub HubIn(HubStatus status)
    {
        var hub = new Hub { Name = "H", Slug = "h-hub", Address = "A", TimeZone = "Europe/Berlin" };
        foreach (var step in new[] { HubStatus.Prototype, HubStatus.Active }.Where(s => s <= status))
        {
            hub.MoveTo(step);
        }

        return hub;
    }

    [Theory]
    [InlineData(HubStatus.Planning, HubStatus.Prototype)]
    [InlineData(HubStatus.Prototype, HubStatus.Active)]
    public void Move_CoordinatorForward_IsAllowed(HubStatus from, HubStatus to)
    {
        var hub = HubIn(from);

        HubStatusMoves.Move(hub, new HubSteward(IsCoordinator: true, IsNetworkAdmin: false), to);

        hub.Status.ShouldBe(to);
        HubStatusMoves.Next(from).ShouldBe(to);
    }

    [Fact]
    public void Move_AdminForward_IsAllowed()
    {
        var hub = HubIn(HubStatus.Planning);

        HubStatusMoves.Move(hub, new HubSteward(false, true), HubStatus.Prototype);

        hub.Status.ShouldBe(HubStatus.Prototype);
    }

    [Fact]
    public void Move_CoordinatorClosing_IsRefused_AdminMayClose()
    {
        var hub = HubIn(HubStatus.Active);

        Should.Throw<DomainException>(() => HubStatusMoves.Move(hub, new HubSteward(true, false), HubStatus.Closed)).Code.ShouldBe("Setup.MayNotMoveHub");
        hub.Status.ShouldBe(HubStatus.Active);
        HubStatusMoves.MayMove(new HubSteward(true, false), HubStatus.Active, HubStatus.Closed).ShouldBeFalse();

        HubStatusMoves.Move(hub, new HubSteward(false, true), HubStatus.Closed);
        hub.Status.ShouldBe(HubStatus.Closed);
    }

    [Fact]
    public void Move_NeitherCoordinatorNorAdmin_IsRefused()
    {
        var hub = HubIn(HubStatus.Planning);

        Should.Throw<DomainException>(() => HubStatusMoves.Move(hub, new HubSteward(false, false), HubStatus.Prototype));
        hub.Status.ShouldBe(HubStatus.Planning);
        HubStatusMoves.MayMove(new HubSteward(false, false), HubStatus.Planning, HubStatus.Prototype).ShouldBeFalse();
    }

    [Fact]
    public void Move_SkippingAStep_IsRefusedEvenForAdmins()
    {
        var hub = HubIn(HubStatus.Planning);

        Should.Throw<DomainException>(() => HubStatusMoves.Move(hub, new HubSteward(true, true), HubStatus.Active)).Code.ShouldBe("Hub.StatusTransitionNotAllowed");
        HubStatusMoves.MayMove(new HubSteward(true, true), HubStatus.Planning, HubStatus.Active).ShouldBeFalse();
        HubStatusMoves.Next(HubStatus.Active).ShouldBeNull();
    }
}
