using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;

namespace IntegrationHubs.UnitTests.Hubs;

public sealed class HubStatusTransitionsTests
{
    public static TheoryData<HubStatus, HubStatus> Allowed => new()
    {
        { HubStatus.Planning, HubStatus.Prototype },
        { HubStatus.Prototype, HubStatus.Active },
        { HubStatus.Planning, HubStatus.Closed },
        { HubStatus.Prototype, HubStatus.Closed },
        { HubStatus.Active, HubStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void MoveTo_AllowedStep_ChangesStatus(HubStatus from, HubStatus to)
    {
        var hub = HubIn(from);

        hub.MoveTo(to);

        hub.Status.ShouldBe(to);
    }

    [Fact]
    public void MoveTo_EveryStepNotInTheLifeCycle_IsRefusedAndKeepsStatus()
    {
        var allowed = Allowed.Select(row => ((HubStatus)row[0], (HubStatus)row[1])).ToHashSet();
        var refused = Enum.GetValues<HubStatus>()
            .SelectMany(from => Enum.GetValues<HubStatus>().Select(to => (from, to)))
            .Where(step => !allowed.Contains(step))
            .ToList();

        refused.Count.ShouldBe(11);
        foreach (var (from, to) in refused)
        {
            var hub = HubIn(from);
            var error = Should.Throw<DomainException>(() => hub.MoveTo(to), $"{from} → {to}");
            error.Code.ShouldBe("Hub.StatusTransitionNotAllowed");
            hub.Status.ShouldBe(from);
        }
    }

    [Theory]
    [InlineData(HubStatus.Planning, false)]
    [InlineData(HubStatus.Prototype, true)]
    [InlineData(HubStatus.Active, true)]
    [InlineData(HubStatus.Closed, false)]
    public void IsPublic_OnlyPrototypeAndActiveHubs(HubStatus status, bool expected) =>
        HubStatusTransitions.IsPublic(status).ShouldBe(expected);

    [Fact]
    public void NewHub_StartsInPlanning() => HubIn(HubStatus.Planning).Status.ShouldBe(HubStatus.Planning);

    private static Hub HubIn(HubStatus status)
    {
        var hub = new Hub { Name = "Hub", Slug = "hub-test", Address = "Street 1", TimeZone = "Europe/Berlin" };
        HubStatus[] path = status switch
        {
            HubStatus.Planning => [],
            HubStatus.Prototype => [HubStatus.Prototype],
            HubStatus.Active => [HubStatus.Prototype, HubStatus.Active],
            _ => [HubStatus.Closed],
        };
        foreach (var step in path)
        {
            hub.MoveTo(step);
        }

        return hub;
    }
}
