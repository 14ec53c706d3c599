using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.UnitTests.Incubation;

internal static class IncubationTestData
{
    public static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Creator = Guid.NewGuid();
    public static readonly Guid Coordinator = Guid.NewGuid();

    public static InitiativeActor Team => new(Creator, IsTeam: true, IsCoordinator: false);

    public static InitiativeActor Coord => new(Coordinator, IsTeam: false, IsCoordinator: true);

    public static List<CurriculumModule> Curriculum(int count = 3) =>
        Enumerable.Range(0, count).Select(i => new CurriculumModule { Position = i, Text = new($"Modul {i + 1}", $"Ziele {i + 1}", $"Meilenstein {i + 1}", $"Module {i + 1}") }).ToList();

    /// <summary>An initiative walked along the review to <paramref name="status"/> (Accepted, Declined, InReview…).</summary>
    public static Initiative InitiativeIn(InitiativeStatus status)
    {
        var initiative = Initiative.StartDraft(Creator, Now);
        initiative.Edit(Creator, "Repair Café", "Wir reparieren zusammen.", InitiativeCategory.Social, ["de"], InitiativeNeeds.Space);
        if (status == InitiativeStatus.Draft)
        {
            return initiative;
        }

        initiative.MoveTo(InitiativeStatus.Submitted, Team, null, Now);
        if (status == InitiativeStatus.Submitted)
        {
            return initiative;
        }

        initiative.MoveTo(InitiativeStatus.InReview, Coord, null, Now);
        InitiativeStatus[] rest = status switch
        {
            InitiativeStatus.InReview => [],
            InitiativeStatus.Declined => [InitiativeStatus.Declined],
            InitiativeStatus.NeedsChanges => [InitiativeStatus.NeedsChanges],
            InitiativeStatus.Accepted => [InitiativeStatus.Accepted],
            InitiativeStatus.Incubating => [InitiativeStatus.Accepted, InitiativeStatus.Incubating],
            InitiativeStatus.Launched => [InitiativeStatus.Accepted, InitiativeStatus.Incubating, InitiativeStatus.Launched],
            InitiativeStatus.Paused => [InitiativeStatus.Accepted, InitiativeStatus.Incubating, InitiativeStatus.Paused],
            _ => [InitiativeStatus.Accepted, InitiativeStatus.Incubating, InitiativeStatus.Ended],
        };
        foreach (var to in rest)
        {
            initiative.MoveTo(to, Coord, "Grund", Now);
        }

        initiative.Status.ShouldBe(status);
        return initiative;
    }
}
