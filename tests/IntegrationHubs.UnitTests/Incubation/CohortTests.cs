using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using static IntegrationHubs.UnitTests.Incubation.IncubationTestData;

namespace IntegrationHubs.UnitTests.Incubation;

public sealed class CohortTests
{
    private static Cohort NewCohort(int capacity = 2, List<CurriculumModule>? curriculum = null) =>
        Cohort.Create("Herbst 2026", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 15), capacity, curriculum ?? Curriculum(), Now);

    [Fact]
    public void Create_CopiesTheCurriculumInItsOrder()
    {
        var curriculum = Curriculum();
        curriculum[0].Position = 2;
        curriculum[2].Position = 0;

        var cohort = NewCohort(curriculum: curriculum);

        cohort.Modules.Select(m => (m.Position, m.Text.Title)).ShouldBe([(0, "Modul 3"), (1, "Modul 2"), (2, "Modul 1")]);
        cohort.Modules.ShouldAllBe(m => m.CohortId == cohort.Id);
        cohort.EnrolledCount.ShouldBe(0);
    }

    [Fact]
    public void Create_LaterCurriculumEdits_LeaveTheCohortsCopyUnchanged()
    {
        var curriculum = Curriculum();
        var cohort = NewCohort(curriculum: curriculum);

        curriculum[0].Text = new ModuleText("Neu", "Neue Ziele", "Neuer Meilenstein");
        curriculum.RemoveAt(1);

        cohort.Modules.Select(m => m.Text.Title).ShouldBe(["Modul 1", "Modul 2", "Modul 3"]);
    }

    [Theory]
    [InlineData("", 5, 0)]
    [InlineData("Herbst", 0, 0)]
    [InlineData("Herbst", 101, 0)]
    [InlineData("Herbst", 5, -1)]
    public void Create_InvalidNameCapacityOrDates_IsRefused(string name, int capacity, int endOffsetDays)
    {
        var start = new DateOnly(2026, 9, 1);

        var refused = Should.Throw<DomainException>(() => Cohort.Create(name, start, start.AddDays(endOffsetDays), capacity, Curriculum(), Now));

        refused.Code.ShouldBe("Cohort.Invalid");
    }

    [Fact]
    public void Create_WithoutCurriculum_IsRefused() =>
        Should.Throw<DomainException>(() => NewCohort(curriculum: [])).Code.ShouldBe("Cohort.NoCurriculum");

    [Fact]
    public void Enrol_AcceptedInitiative_TakesASeat_StartsIncubating_AndOpensOneMilestonePerModule()
    {
        var cohort = NewCohort();
        var initiative = InitiativeIn(InitiativeStatus.Accepted);

        var (enrolment, transition, milestones) = cohort.Enrol(initiative, Coord, Now.AddDays(1));

        initiative.Status.ShouldBe(InitiativeStatus.Incubating);
        transition.From.ShouldBe(InitiativeStatus.Accepted);
        transition.To.ShouldBe(InitiativeStatus.Incubating);
        transition.ByUserId.ShouldBe(Coordinator);
        transition.Comment.ShouldBe("Herbst 2026");
        cohort.EnrolledCount.ShouldBe(1);
        enrolment.CohortId.ShouldBe(cohort.Id);
        enrolment.InitiativeId.ShouldBe(initiative.Id);
        milestones.Select(m => m.ModuleId).ShouldBe(cohort.Modules.OrderBy(m => m.Position).Select(m => m.Id));
        milestones.ShouldAllBe(m => m.Status == MilestoneStatus.NotStarted && m.InitiativeId == initiative.Id);
    }

    [Theory]
    [InlineData(InitiativeStatus.Draft)]
    [InlineData(InitiativeStatus.Submitted)]
    [InlineData(InitiativeStatus.InReview)]
    [InlineData(InitiativeStatus.NeedsChanges)]
    [InlineData(InitiativeStatus.Declined)]
    [InlineData(InitiativeStatus.Incubating)]
    [InlineData(InitiativeStatus.Launched)]
    [InlineData(InitiativeStatus.Paused)]
    [InlineData(InitiativeStatus.Ended)]
    public void Enrol_InitiativeNotAccepted_IsRefused_AndNoSeatTaken(InitiativeStatus status)
    {
        var cohort = NewCohort();
        var initiative = InitiativeIn(status);

        Should.Throw<DomainException>(() => cohort.Enrol(initiative, Coord, Now)).Code.ShouldBe("Cohort.NotAccepted");

        initiative.Status.ShouldBe(status);
        cohort.EnrolledCount.ShouldBe(0);
    }

    [Fact]
    public void Enrol_FullCohort_IsRefused()
    {
        var cohort = NewCohort(capacity: 1);
        cohort.Enrol(InitiativeIn(InitiativeStatus.Accepted), Coord, Now);
        var late = InitiativeIn(InitiativeStatus.Accepted);

        Should.Throw<DomainException>(() => cohort.Enrol(late, Coord, Now)).Code.ShouldBe("Cohort.Full");

        late.Status.ShouldBe(InitiativeStatus.Accepted);
        cohort.EnrolledCount.ShouldBe(1);
        cohort.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Enrol_ByAPlainMember_IsRefusedByTheInitiativesRules()
    {
        var cohort = NewCohort();
        var member = new InitiativeActor(Guid.NewGuid(), IsTeam: false, IsCoordinator: false);

        Should.Throw<DomainException>(() => cohort.Enrol(InitiativeIn(InitiativeStatus.Accepted), member, Now)).Code.ShouldBe("Initiative.CoordinatorsOnly");

        cohort.EnrolledCount.ShouldBe(0);
    }
}
