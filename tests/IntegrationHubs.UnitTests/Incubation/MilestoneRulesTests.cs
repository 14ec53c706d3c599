using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using static IntegrationHubs.UnitTests.Incubation.IncubationTestData;

namespace IntegrationHubs.UnitTests.Incubation;

public sealed class MilestoneRulesTests
{
    /// <summary>The people who may ask for a milestone step.</summary>
    public enum Who
    {
        /// <summary>A hub member with no part in the initiative.</summary>
        Member,

        /// <summary>A mentor of the hub who is not assigned to this initiative (to the rules, just a member).</summary>
        OtherMentor,
        Team,
        AssignedMentor,
        Coordinator,
        TeamCoordinator,
        TeamMentor,
    }

    private static readonly Dictionary<(MilestoneStatus, MilestoneStatus), Who[]> Allowed = new()
    {
        [(MilestoneStatus.NotStarted, MilestoneStatus.InProgress)] = [Who.Team, Who.TeamCoordinator, Who.TeamMentor],
        [(MilestoneStatus.InProgress, MilestoneStatus.ForReview)] = [Who.Team, Who.TeamCoordinator, Who.TeamMentor],
        [(MilestoneStatus.ForReview, MilestoneStatus.SignedOff)] = [Who.AssignedMentor, Who.Coordinator],
        [(MilestoneStatus.ForReview, MilestoneStatus.InProgress)] = [Who.AssignedMentor, Who.Coordinator],
    };

    private static MilestoneActor Actor(Who who) => who switch
    {
        Who.Member or Who.OtherMentor => new(Guid.NewGuid(), false, false, false),
        Who.Team => new(Creator, true, false, false),
        Who.AssignedMentor => new(Guid.NewGuid(), false, true, false),
        Who.Coordinator => new(Coordinator, false, false, true),
        Who.TeamCoordinator => new(Creator, true, false, true),
        _ => new(Creator, true, true, false),
    };

    private static IEnumerable<(MilestoneStatus From, MilestoneStatus To, Who Who)> Matrix() =>
        from f in Enum.GetValues<MilestoneStatus>()
        from t in Enum.GetValues<MilestoneStatus>()
        from w in Enum.GetValues<Who>()
        select (f, t, w);

    private static string ExpectedRefusal(MilestoneStatus from, MilestoneStatus to, Who who)
    {
        if (!Allowed.ContainsKey((from, to)))
        {
            return from == MilestoneStatus.SignedOff ? "Milestone.AlreadySignedOff" : "Milestone.TransitionNotAllowed";
        }

        var teamStep = from != MilestoneStatus.ForReview;
        return teamStep ? "Milestone.TeamOnly" : who is Who.TeamCoordinator or Who.TeamMentor ? "Milestone.OwnSignOff" : "Milestone.MentorOnly";
    }

    /// <summary>A milestone walked to <paramref name="status"/> by its team and a coordinator.</summary>
    private static Milestone MilestoneIn(MilestoneStatus status)
    {
        var milestone = new Milestone();
        var team = Actor(Who.Team);
        MilestoneStatus[] path = status switch
        {
            MilestoneStatus.NotStarted => [],
            MilestoneStatus.InProgress => [MilestoneStatus.InProgress],
            MilestoneStatus.ForReview => [MilestoneStatus.InProgress, MilestoneStatus.ForReview],
            _ => [MilestoneStatus.InProgress, MilestoneStatus.ForReview, MilestoneStatus.SignedOff],
        };
        foreach (var to in path)
        {
            milestone.MoveTo(to, to == MilestoneStatus.SignedOff ? Actor(Who.Coordinator) : team, InitiativeStatus.Incubating, null, Now);
        }

        return milestone;
    }

    [Fact]
    public void MoveTo_EveryAllowedStepAndActor_ChangesTheStatus()
    {
        var allowed = Matrix().Where(c => Allowed.TryGetValue((c.From, c.To), out var who) && who.Contains(c.Who)).ToList();

        allowed.Count.ShouldBe(10);
        foreach (var (from, to, who) in allowed)
        {
            var milestone = MilestoneIn(from);

            milestone.MoveTo(to, Actor(who), InitiativeStatus.Incubating, "Notiz", Now.AddDays(1));

            milestone.Status.ShouldBe(to, $"{from} → {to} by {who}");
            milestone.UpdatedAt.ShouldBe(Now.AddDays(1));
            MilestoneRules.Refusal(from, to, Actor(who)).ShouldBeNull();
            MilestoneRules.NextFor(from, Actor(who)).ShouldContain(to);
        }
    }

    [Fact]
    public void MoveTo_EveryOtherStepOrActor_IsRefusedWithItsReason_AndChangesNothing()
    {
        var refused = Matrix().Where(c => !(Allowed.TryGetValue((c.From, c.To), out var who) && who.Contains(c.Who))).ToList();

        refused.Count.ShouldBe(4 * 4 * 7 - 10);
        foreach (var (from, to, who) in refused)
        {
            var milestone = MilestoneIn(from);

            var error = Should.Throw<DomainException>(() => milestone.MoveTo(to, Actor(who), InitiativeStatus.Incubating, "Notiz", Now.AddDays(1)));

            error.Code.ShouldBe(ExpectedRefusal(from, to, who), $"{from} → {to} by {who}");
            milestone.Status.ShouldBe(from);
            MilestoneRules.NextFor(from, Actor(who)).ShouldNotContain(to);
        }
    }

    [Theory]
    [InlineData(InitiativeStatus.Accepted)]
    [InlineData(InitiativeStatus.Paused)]
    [InlineData(InitiativeStatus.Launched)]
    [InlineData(InitiativeStatus.Ended)]
    public void MoveTo_WhileTheInitiativeIsNotIncubating_IsRefused(InitiativeStatus initiativeStatus)
    {
        var milestone = MilestoneIn(MilestoneStatus.ForReview);

        Should.Throw<DomainException>(() => milestone.MoveTo(MilestoneStatus.SignedOff, Actor(Who.AssignedMentor), initiativeStatus, null, Now))
            .Code.ShouldBe("Milestone.NotIncubating");
        milestone.Status.ShouldBe(MilestoneStatus.ForReview);
    }

    [Fact]
    public void SignOff_RecordsWhoAndWhen_AndTheFeedback()
    {
        var milestone = MilestoneIn(MilestoneStatus.ForReview);
        var mentor = Actor(Who.AssignedMentor);

        milestone.MoveTo(MilestoneStatus.SignedOff, mentor, InitiativeStatus.Incubating, " Stark! ", Now.AddDays(2));

        milestone.SignedOffByUserId.ShouldBe(mentor.UserId);
        milestone.SignedOffAt.ShouldBe(Now.AddDays(2));
        milestone.Feedback.ShouldBe("Stark!");
    }

    [Fact]
    public void SendBack_WithoutANote_IsRefused()
    {
        var milestone = MilestoneIn(MilestoneStatus.ForReview);

        Should.Throw<DomainException>(() => milestone.MoveTo(MilestoneStatus.InProgress, Actor(Who.AssignedMentor), InitiativeStatus.Incubating, "  ", Now))
            .Code.ShouldBe("Milestone.SendBackNoteRequired");
        milestone.Status.ShouldBe(MilestoneStatus.ForReview);
    }

    [Fact]
    public void SendBack_WithANote_ReturnsItToTheTeamWithFeedback_KeepingTheTeamsNote()
    {
        var milestone = new Milestone();
        milestone.MoveTo(MilestoneStatus.InProgress, Actor(Who.Team), InitiativeStatus.Incubating, "Wir haben angefangen.", Now);
        milestone.MoveTo(MilestoneStatus.ForReview, Actor(Who.Team), InitiativeStatus.Incubating, null, Now);

        milestone.MoveTo(MilestoneStatus.InProgress, Actor(Who.Coordinator), InitiativeStatus.Incubating, "Bitte Kosten ergänzen.", Now);

        milestone.Status.ShouldBe(MilestoneStatus.InProgress);
        milestone.Feedback.ShouldBe("Bitte Kosten ergänzen.");
        milestone.TeamNote.ShouldBe("Wir haben angefangen.");
        milestone.SignedOffByUserId.ShouldBeNull();
    }

    [Fact]
    public void Note_ByTheTeam_IsKept_ByOthersRefused()
    {
        var milestone = MilestoneIn(MilestoneStatus.InProgress);

        milestone.Note(Actor(Who.Team), InitiativeStatus.Incubating, " Termin steht. ", Now);
        var byMentor = Should.Throw<DomainException>(() => milestone.Note(Actor(Who.AssignedMentor), InitiativeStatus.Incubating, "x", Now));
        var byCoordinator = Should.Throw<DomainException>(() => milestone.Note(Actor(Who.Coordinator), InitiativeStatus.Incubating, "x", Now));

        milestone.TeamNote.ShouldBe("Termin steht.");
        byMentor.Code.ShouldBe("Milestone.TeamOnly");
        byCoordinator.Code.ShouldBe("Milestone.TeamOnly");
    }

    [Fact]
    public void Note_OnASignedOffMilestone_OrOutsideIncubation_IsRefused()
    {
        Should.Throw<DomainException>(() => MilestoneIn(MilestoneStatus.SignedOff).Note(Actor(Who.Team), InitiativeStatus.Incubating, "x", Now))
            .Code.ShouldBe("Milestone.AlreadySignedOff");
        Should.Throw<DomainException>(() => MilestoneIn(MilestoneStatus.InProgress).Note(Actor(Who.Team), InitiativeStatus.Launched, "x", Now))
            .Code.ShouldBe("Milestone.NotIncubating");
    }

    [Fact]
    public void Note_TooLong_IsRefused() =>
        Should.Throw<DomainException>(() => MilestoneIn(MilestoneStatus.InProgress).Note(Actor(Who.Team), InitiativeStatus.Incubating, new string('x', Milestone.NoteMaxLength + 1), Now))
            .Code.ShouldBe("Milestone.NoteTooLong");

    [Theory]
    [InlineData(Who.Team, InitiativeStatus.Incubating, true)]
    [InlineData(Who.AssignedMentor, InitiativeStatus.Incubating, true)]
    [InlineData(Who.Coordinator, InitiativeStatus.Incubating, true)]
    [InlineData(Who.OtherMentor, InitiativeStatus.Incubating, false)]
    [InlineData(Who.OtherMentor, InitiativeStatus.Paused, false)]
    [InlineData(Who.OtherMentor, InitiativeStatus.Launched, true)]
    [InlineData(Who.Member, InitiativeStatus.Incubating, false)]
    [InlineData(Who.Member, InitiativeStatus.Launched, true)]
    public void Visibility_AMentorSeesOnlyAssignedInitiativesPlusPublicOnes(Who who, InitiativeStatus status, bool sees) =>
        IncubationVisibility.CanSeeProgress(Actor(who), status).ShouldBe(sees);
}
