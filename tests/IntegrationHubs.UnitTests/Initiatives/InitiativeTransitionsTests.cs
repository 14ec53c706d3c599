using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.UnitTests.Initiatives;

public sealed class InitiativeTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Creator = Guid.NewGuid();

    /// <summary>The kinds of people who may ask for a step.</summary>
    public enum Who
    {
        Member,
        Team,
        Coordinator,
        TeamCoordinator,
    }

    /// <summary>The whole life cycle, written out: (from, to) → who may take it.</summary>
    private static readonly Dictionary<(InitiativeStatus, InitiativeStatus), Who[]> Allowed = new()
    {
        [(InitiativeStatus.Draft, InitiativeStatus.Submitted)] = [Who.Team, Who.TeamCoordinator],
        [(InitiativeStatus.NeedsChanges, InitiativeStatus.Submitted)] = [Who.Team, Who.TeamCoordinator],
        [(InitiativeStatus.Submitted, InitiativeStatus.InReview)] = [Who.Coordinator],
        [(InitiativeStatus.InReview, InitiativeStatus.NeedsChanges)] = [Who.Coordinator],
        [(InitiativeStatus.InReview, InitiativeStatus.Accepted)] = [Who.Coordinator],
        [(InitiativeStatus.InReview, InitiativeStatus.Declined)] = [Who.Coordinator],
        [(InitiativeStatus.Accepted, InitiativeStatus.Incubating)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Incubating, InitiativeStatus.Launched)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Incubating, InitiativeStatus.Paused)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Paused, InitiativeStatus.Incubating)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Incubating, InitiativeStatus.Ended)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Paused, InitiativeStatus.Ended)] = [Who.Coordinator, Who.TeamCoordinator],
        [(InitiativeStatus.Launched, InitiativeStatus.Ended)] = [Who.Coordinator, Who.TeamCoordinator],
    };

    private static IEnumerable<(InitiativeStatus From, InitiativeStatus To, Who Who)> Matrix() =>
        from f in Enum.GetValues<InitiativeStatus>()
        from t in Enum.GetValues<InitiativeStatus>()
        from w in Enum.GetValues<Who>()
        select (f, t, w);

    [Fact]
    public void MoveTo_EveryAllowedStepAndActor_ChangesStatusAndRecordsTheStep()
    {
        var allowed = Matrix().Where(c => Allowed.TryGetValue((c.From, c.To), out var who) && who.Contains(c.Who)).ToList();

        allowed.Count.ShouldBe(22);
        foreach (var (from, to, who) in allowed)
        {
            var initiative = InitiativeIn(from);
            var actor = Actor(who);

            var transition = initiative.MoveTo(to, actor, "Kommentar", Now.AddHours(1));

            initiative.Status.ShouldBe(to, $"{from} → {to} by {who}");
            transition.From.ShouldBe(from);
            transition.To.ShouldBe(to);
            transition.ByUserId.ShouldBe(actor.UserId);
            transition.At.ShouldBe(Now.AddHours(1));
            transition.Comment.ShouldBe("Kommentar");
            initiative.Transitions[^1].ShouldBeSameAs(transition);
        }
    }

    [Fact]
    public void MoveTo_EveryOtherStepOrActor_IsRefusedWithItsReasonAndChangesNothing()
    {
        var refused = Matrix().Where(c => !(Allowed.TryGetValue((c.From, c.To), out var who) && who.Contains(c.Who))).ToList();

        refused.Count.ShouldBe((10 * 10 * 4) - 22);
        foreach (var (from, to, who) in refused)
        {
            var initiative = InitiativeIn(from);
            var recorded = initiative.Transitions.Count;

            var error = Should.Throw<DomainException>(() => initiative.MoveTo(to, Actor(who), "Kommentar", Now), $"{from} → {to} by {who}");

            error.Code.ShouldBe(ExpectedRefusal(from, to, who), $"{from} → {to} by {who}");
            initiative.Status.ShouldBe(from);
            initiative.Transitions.Count.ShouldBe(recorded);
        }
    }

    private static string ExpectedRefusal(InitiativeStatus from, InitiativeStatus to, Who who)
    {
        if (!Allowed.TryGetValue((from, to), out var allowedFor))
        {
            return "Initiative.TransitionNotAllowed";
        }

        if (allowedFor.Contains(Who.Team))
        {
            return "Initiative.TeamOnly";
        }

        return who == Who.TeamCoordinator ? "Initiative.OwnReview" : "Initiative.CoordinatorsOnly";
    }

    [Fact]
    public void Decline_WithoutAReason_IsRefused()
    {
        var initiative = InitiativeIn(InitiativeStatus.InReview);

        Should.Throw<DomainException>(() => initiative.MoveTo(InitiativeStatus.Declined, Actor(Who.Coordinator), "  ", Now))
            .Code.ShouldBe("Initiative.DeclineReasonRequired");
        initiative.Status.ShouldBe(InitiativeStatus.InReview);
    }

    [Fact]
    public void MoveTo_ACommentTooLong_IsRefused()
    {
        var initiative = InitiativeIn(InitiativeStatus.InReview);

        Should.Throw<DomainException>(() => initiative.MoveTo(InitiativeStatus.Accepted, Actor(Who.Coordinator), new string('x', Initiative.CommentMaxLength + 1), Now))
            .Code.ShouldBe("Initiative.CommentTooLong");
        initiative.Status.ShouldBe(InitiativeStatus.InReview);
    }

    [Fact]
    public void Submit_KeepsTheFirstSubmissionTime()
    {
        var initiative = InitiativeIn(InitiativeStatus.NeedsChanges);
        var first = initiative.SubmittedAt;

        initiative.MoveTo(InitiativeStatus.Submitted, Actor(Who.Team), null, Now.AddDays(3));

        first.ShouldBe(Now);
        initiative.SubmittedAt.ShouldBe(first);
    }

    [Theory]
    [InlineData(InitiativeStatus.Draft, true)]
    [InlineData(InitiativeStatus.NeedsChanges, true)]
    [InlineData(InitiativeStatus.Submitted, false)]
    [InlineData(InitiativeStatus.Accepted, false)]
    public void Edit_OnlyWhileDraftOrNeedsChanges(InitiativeStatus status, bool editable)
    {
        var initiative = InitiativeIn(status);

        var edit = () => initiative.Edit(Creator, "Neu", "Text", InitiativeCategory.Culture, ["ar"], InitiativeNeeds.Space);

        if (editable)
        {
            edit();
            initiative.Title.ShouldBe("Neu");
        }
        else
        {
            Should.Throw<DomainException>(edit).Code.ShouldBe("Initiative.NotEditable");
        }
    }

    [Fact]
    public void Edit_BySomeoneOutsideTheTeam_IsRefused()
    {
        var initiative = InitiativeIn(InitiativeStatus.Draft);

        Should.Throw<DomainException>(() => initiative.Edit(Guid.NewGuid(), "Neu", "", InitiativeCategory.Other, [], InitiativeNeeds.None))
            .Code.ShouldBe("Initiative.TeamOnly");
        initiative.Title.ShouldBe("Nachbarschaftsküche");
    }

    [Theory]
    [InlineData("", "de")]
    [InlineData("Titel", "xx")]
    public void Edit_InvalidInput_IsRefused(string title, string language)
    {
        var initiative = InitiativeIn(InitiativeStatus.Draft);

        Should.Throw<DomainException>(() => initiative.Edit(Creator, title, "", InitiativeCategory.Other, [language], InitiativeNeeds.None))
            .Code.ShouldBe("Initiative.Invalid");
    }

    [Theory]
    [InlineData(InitiativeStatus.Draft, false)]
    [InlineData(InitiativeStatus.Submitted, true)]
    [InlineData(InitiativeStatus.Declined, true)]
    public void IsVisibleTo_DraftsOnlyToTheTeam(InitiativeStatus status, bool visibleToOthers)
    {
        var initiative = InitiativeIn(status);

        initiative.IsVisibleTo(Creator).ShouldBeTrue();
        initiative.IsVisibleTo(Guid.NewGuid()).ShouldBe(visibleToOthers);
    }

    private static InitiativeActor Actor(Who who) => who switch
    {
        Who.Member => new(Guid.NewGuid(), IsTeam: false, IsCoordinator: false),
        Who.Team => new(Creator, IsTeam: true, IsCoordinator: false),
        Who.Coordinator => new(Guid.NewGuid(), IsTeam: false, IsCoordinator: true),
        _ => new(Creator, IsTeam: true, IsCoordinator: true),
    };

    /// <summary>An initiative walked to <paramref name="status"/> along the life cycle.</summary>
    private static Initiative InitiativeIn(InitiativeStatus status)
    {
        var initiative = Initiative.StartDraft(Creator, Now);
        initiative.Edit(Creator, "Nachbarschaftsküche", "Wir kochen zusammen.", InitiativeCategory.Social, ["de", "ar"], InitiativeNeeds.Space);
        var team = Actor(Who.Team);
        var coordinator = Actor(Who.Coordinator);
        (InitiativeStatus To, InitiativeActor By)[] path = status switch
        {
            InitiativeStatus.Draft => [],
            InitiativeStatus.Submitted => [(InitiativeStatus.Submitted, team)],
            InitiativeStatus.InReview => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator)],
            InitiativeStatus.NeedsChanges => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.NeedsChanges, coordinator)],
            InitiativeStatus.Accepted => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Accepted, coordinator)],
            InitiativeStatus.Declined => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Declined, coordinator)],
            InitiativeStatus.Incubating => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Accepted, coordinator), (InitiativeStatus.Incubating, coordinator)],
            InitiativeStatus.Launched => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Accepted, coordinator), (InitiativeStatus.Incubating, coordinator), (InitiativeStatus.Launched, coordinator)],
            InitiativeStatus.Paused => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Accepted, coordinator), (InitiativeStatus.Incubating, coordinator), (InitiativeStatus.Paused, coordinator)],
            _ => [(InitiativeStatus.Submitted, team), (InitiativeStatus.InReview, coordinator), (InitiativeStatus.Accepted, coordinator), (InitiativeStatus.Incubating, coordinator), (InitiativeStatus.Ended, coordinator)],
        };
        foreach (var (to, by) in path)
        {
            initiative.MoveTo(to, by, "Grund", Now);
        }

        initiative.Status.ShouldBe(status);
        return initiative;
    }
}
