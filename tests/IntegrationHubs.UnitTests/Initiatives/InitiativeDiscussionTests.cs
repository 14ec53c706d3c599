using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.UnitTests.Initiatives;

public sealed class InitiativeDiscussionTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Creator = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();

    private static Initiative Draft()
    {
        var initiative = Initiative.StartDraft(Creator, Now);
        initiative.Edit(Creator, "Sprachcafé", "", InitiativeCategory.Social, ["de"], InitiativeNeeds.None);
        return initiative;
    }

    private static Initiative Submitted()
    {
        var initiative = Draft();
        initiative.MoveTo(InitiativeStatus.Submitted, new InitiativeActor(Creator, true, false), null, Now);
        return initiative;
    }

    [Fact]
    public void Write_OnADraft_IsRefused() =>
        Should.Throw<DomainException>(() => InitiativeComment.Write(Draft(), Creator, "Hallo", Now)).Code.ShouldBe("InitiativeComment.NotOnDrafts");

    [Fact]
    public void Write_ByAMember_IsTrimmed_AndNotMarkedTeam()
    {
        var comment = InitiativeComment.Write(Submitted(), Member, "  Gute Idee!  ", Now);

        comment.Body.ShouldBe("Gute Idee!");
        comment.ByTeam.ShouldBeFalse();
        comment.AuthorUserId.ShouldBe(Member);
    }

    [Fact]
    public void Write_ByTheTeam_IsMarkedAsTheTeamsAnswer() =>
        InitiativeComment.Write(Submitted(), Creator, "Danke!", Now).ByTeam.ShouldBeTrue();

    [Theory]
    [InlineData("   ", "InitiativeComment.Empty")]
    [InlineData(null, "InitiativeComment.TooLong")]
    public void Write_EmptyOrTooLong_IsRefused(string? body, string code) =>
        Should.Throw<DomainException>(() => InitiativeComment.Write(Submitted(), Member, body ?? new string('x', InitiativeComment.BodyMaxLength + 1), Now)).Code.ShouldBe(code);

    [Fact]
    public void Write_AtTheLimit_IsAccepted() =>
        InitiativeComment.Write(Submitted(), Member, new string('x', InitiativeComment.BodyMaxLength), Now).Body.Length.ShouldBe(InitiativeComment.BodyMaxLength);

    [Fact]
    public void Delete_OnlyByItsAuthor()
    {
        var comment = InitiativeComment.Write(Submitted(), Member, "Gute Idee!", Now);

        comment.EnsureDeletableBy(Member);
        Should.Throw<DomainException>(() => comment.EnsureDeletableBy(Creator)).Code.ShouldBe("InitiativeComment.OwnOnly");
    }

    [Fact]
    public void Hide_ByACoordinator_RecordsWhoAndWhen_AndTwiceIsHarmless()
    {
        var comment = InitiativeComment.Write(Submitted(), Member, "Werbung", Now);

        comment.Hide(Coordinator, isCoordinator: true, Now);
        comment.Hide(Guid.NewGuid(), isCoordinator: true, Now.AddHours(1));

        comment.HiddenAt.ShouldBe(Now);
        comment.HiddenByUserId.ShouldBe(Coordinator);
    }

    [Fact]
    public void Hide_ByAMember_IsRefused() =>
        Should.Throw<DomainException>(() => InitiativeComment.Write(Submitted(), Member, "x", Now).Hide(Member, isCoordinator: false, Now))
            .Code.ShouldBe("Initiative.CoordinatorsOnly");

    [Theory]
    [InlineData(SupportKind.Support)]
    [InlineData(SupportKind.WouldJoin)]
    public void Support_OnASubmittedInitiative_IsGiven(SupportKind kind)
    {
        var initiative = Submitted();

        var support = InitiativeSupport.Give(initiative, Member, kind, Now);

        (support.UserId, support.Kind, support.InitiativeId).ShouldBe((Member, kind, initiative.Id));
    }

    [Fact]
    public void Support_OnADraft_IsRefused() =>
        Should.Throw<DomainException>(() => InitiativeSupport.Give(Draft(), Member, SupportKind.Support, Now)).Code.ShouldBe("InitiativeSupport.NotOnDrafts");

    [Fact]
    public void WouldJoin_ByTheTeam_IsRefused_ButSupportIsFine()
    {
        var initiative = Submitted();

        InitiativeSupport.Give(initiative, Creator, SupportKind.Support, Now);
        Should.Throw<DomainException>(() => InitiativeSupport.Give(initiative, Creator, SupportKind.WouldJoin, Now)).Code.ShouldBe("InitiativeSupport.AlreadyOnTeam");
    }

    [Fact]
    public void Support_OfAnUnknownKind_IsRefused() =>
        Should.Throw<DomainException>(() => InitiativeSupport.Give(Submitted(), Member, (SupportKind)7, Now)).Code.ShouldBe("Initiative.Invalid");
}
