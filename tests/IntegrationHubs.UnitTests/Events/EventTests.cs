using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;

namespace IntegrationHubs.UnitTests.Events;

public sealed class EventTests
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
    public static readonly string[] HubLanguages = ["de", "en", "ar"];
    public static readonly EventOrganiser Coordinator = new(IsCoordinator: true, OnInitiativeTeam: false);
    public static readonly EventOrganiser Team = new(IsCoordinator: false, OnInitiativeTeam: true);
    public static readonly EventOrganiser Member = new(IsCoordinator: false, OnInitiativeTeam: false);
    private static readonly Guid Creator = Guid.NewGuid();

    public static Event.Details Details(int capacity = 10, int startHours = 48, int hours = 2, Guid? spaceId = null, string? address = "Marktplatz 1",
        EventTranslation[]? translations = null, string language = "de", EventVisibility visibility = EventVisibility.Public) =>
        new("Nachbarschaftsfrühstück", "Alle sind willkommen.", language, translations ?? [], EventCategory.Food, ["de", "ar"], visibility, capacity,
            Now.AddHours(startHours), Now.AddHours(startHours + hours), spaceId, spaceId is null ? address : null);

    public static Event Published(int capacity = 10, int startHours = 48) =>
        Event.Create(Details(capacity, startHours), HubLanguages, null, Coordinator, Creator, Now);

    [Fact]
    public void Create_ByCoordinator_IsPublishedAtOnce()
    {
        var created = Published();

        created.Status.ShouldBe(EventStatus.Published);
        created.ApprovedByUserId.ShouldBe(Creator);
    }

    [Fact]
    public void Create_ByInitiativeTeam_WaitsForApproval() =>
        Event.Create(Details(), HubLanguages, Guid.NewGuid(), Team, Creator, Now).Status.ShouldBe(EventStatus.PendingApproval);

    [Fact]
    public void Create_ByTeamWithoutInitiative_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(), HubLanguages, null, Team, Creator, Now)).Code.ShouldBe("Events.NotAllowed");

    [Fact]
    public void Create_ByPlainMember_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(), HubLanguages, Guid.NewGuid(), Member, Creator, Now)).Code.ShouldBe("Events.NotAllowed");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Event.MaxCapacity + 1)]
    public void Create_CapacityZeroNegativeOrHuge_IsRefused(int capacity) =>
        Should.Throw<DomainException>(() => Event.Create(Details(capacity), HubLanguages, null, Coordinator, Creator, Now)).Code.ShouldBe("Events.Refused.Capacity");

    [Fact]
    public void Create_EndBeforeStart_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(hours: -1), HubLanguages, null, Coordinator, Creator, Now)).Code.ShouldBe("Events.Refused.EndBeforeStart");

    [Fact]
    public void Create_InThePast_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(startHours: -2), HubLanguages, null, Coordinator, Creator, Now)).Code.ShouldBe("Events.Refused.InPast");

    [Fact]
    public void Create_WithNeitherSpaceNorAddress_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(address: " "), HubLanguages, null, Coordinator, Creator, Now)).Code.ShouldBe("Events.Refused.Place");

    [Fact]
    public void Create_InASpace_HasNoAddress()
    {
        var created = Event.Create(Details(spaceId: Guid.NewGuid()), HubLanguages, null, Coordinator, Creator, Now);

        created.Address.ShouldBeNull();
        created.SpaceId.ShouldNotBeNull();
    }

    [Fact]
    public void Create_TranslationInALanguageTheHubDoesNotOffer_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(translations: [new("uk", "Сніданок", "")]), HubLanguages, null, Coordinator, Creator, Now))
            .Code.ShouldBe("Events.Refused.TranslationLanguage");

    [Fact]
    public void Create_PrimaryLanguageTheHubDoesNotOffer_IsRefused() =>
        Should.Throw<DomainException>(() => Event.Create(Details(language: "uk"), HubLanguages, null, Coordinator, Creator, Now))
            .Code.ShouldBe("Events.Refused.TranslationLanguage");

    [Fact]
    public void Create_TranslationInTheHubsLanguage_IsShownToItsReaders()
    {
        var created = Event.Create(Details(translations: [new("en", "Neighbourhood breakfast", "All welcome."), new("ar", "", "")]), HubLanguages, null,
            Coordinator, Creator, Now);

        created.Translations.Count.ShouldBe(1);
        created.In("en").Title.ShouldBe("Neighbourhood breakfast");
        created.In("uk").Title.ShouldBe("Nachbarschaftsfrühstück");
    }

    [Fact]
    public void Edit_ChangingTheOriginal_MarksUntouchedTranslationsStale_UntilTheyAreUpdated()
    {
        var english = new EventTranslation("en", "Neighbourhood breakfast", "All welcome.");
        var ev = Event.Create(Details(translations: [english]), HubLanguages, null, Coordinator, Creator, Now);
        var renamed = Details(translations: [english]) with { Title = "Nachbarschaftsbrunch" };

        ev.Edit(renamed, HubLanguages, Coordinator, Now, confirmed: 0);

        ev.Translations.ShouldHaveSingleItem().Stale.ShouldBeTrue();
        ev.In("en").Title.ShouldBe("Nachbarschaftsbrunch");

        // Saved again without a change to either: still stale. Its own text updated: current again.
        ev.Edit(renamed, HubLanguages, Coordinator, Now, confirmed: 0);
        ev.In("en").Title.ShouldBe("Nachbarschaftsbrunch");
        ev.Edit(renamed with { Translations = [english with { Title = "Neighbourhood brunch" }] }, HubLanguages, Coordinator, Now, confirmed: 0);
        ev.Translations.ShouldHaveSingleItem().Stale.ShouldBeFalse();
        ev.In("en").Title.ShouldBe("Neighbourhood brunch");
    }

    [Fact]
    public void Edit_WithTheOriginalUnchanged_KeepsTranslationsCurrent_AndTranslatingAlongsideIsNotStale()
    {
        var english = new EventTranslation("en", "Neighbourhood breakfast", "All welcome.");
        var ev = Event.Create(Details(translations: [english]), HubLanguages, null, Coordinator, Creator, Now);

        ev.Edit(Details(capacity: 12, translations: [english]), HubLanguages, Coordinator, Now, confirmed: 0);
        ev.In("en").Title.ShouldBe("Neighbourhood breakfast");

        ev.Edit(Details(translations: [english with { Description = "Everyone is welcome." }]) with { Description = "Jede und jeder ist willkommen." },
            HubLanguages, Coordinator, Now, confirmed: 0);
        ev.Translations.ShouldHaveSingleItem().Stale.ShouldBeFalse();
    }

    [Fact]
    public void Approve_ByCoordinator_Publishes()
    {
        var pending = Event.Create(Details(), HubLanguages, Guid.NewGuid(), Team, Creator, Now);

        pending.Approve(Coordinator, Guid.NewGuid());

        pending.Status.ShouldBe(EventStatus.Published);
    }

    [Fact]
    public void Approve_ByTheTeam_IsRefused()
    {
        var pending = Event.Create(Details(), HubLanguages, Guid.NewGuid(), Team, Creator, Now);

        Should.Throw<DomainException>(() => pending.Approve(Team, Creator)).Code.ShouldBe("Events.NotAllowed");
    }

    [Fact]
    public void Approve_AlreadyPublished_IsRefused() =>
        Should.Throw<DomainException>(() => Published().Approve(Coordinator, Creator)).Code.ShouldBe("Events.TransitionNotAllowed");

    [Fact]
    public void Cancel_Twice_IsRefused()
    {
        var published = Published();
        published.Cancel(Coordinator, Now);

        Should.Throw<DomainException>(() => published.Cancel(Coordinator, Now)).Code.ShouldBe("Events.TransitionNotAllowed");
    }

    [Fact]
    public void Cancel_HubEventByTeamMember_IsRefused() =>
        Should.Throw<DomainException>(() => Published().Cancel(Team, Now)).Code.ShouldBe("Events.NotAllowed");

    [Fact]
    public void Rsvp_ToPublishedUpcomingEvent_IsOpen() => Published().RsvpRefusal(Now).ShouldBeNull();

    [Fact]
    public void Rsvp_ToCancelledEvent_IsRefused()
    {
        var cancelled = Published();
        cancelled.Cancel(Coordinator, Now);

        cancelled.RsvpRefusal(Now).ShouldBe("Events.Rsvp.Cancelled");
    }

    [Fact]
    public void Rsvp_ToPastEvent_IsRefused() => Published().RsvpRefusal(Now.AddDays(3)).ShouldBe("Events.Rsvp.Past");

    [Fact]
    public void Rsvp_ToEventWaitingForApproval_IsRefused() =>
        Event.Create(Details(), HubLanguages, Guid.NewGuid(), Team, Creator, Now).RsvpRefusal(Now).ShouldBe("Events.Rsvp.NotOpen");

    [Fact]
    public void CheckIn_BeforeTheDoorOpens_IsRefused() =>
        Should.Throw<DomainException>(() => Published().CountWalkIns(Coordinator, 1, 1, 1, Now)).Code.ShouldBe("Events.CheckIn.NotOpen");

    [Fact]
    public void CheckIn_CountsWalkInsAndCloses()
    {
        var held = Published(startHours: 1);

        held.CountWalkIns(Coordinator, 3, 2, 1, Now.AddHours(1));
        held.Close(Coordinator, new Attendance(4, 1, 0), new RsvpTally(6, 5), Now.AddHours(3));

        (held.WalkInsNewcomer, held.WalkInsResident, held.WalkInsUnknown).ShouldBe((3, 2, 1));
        held.Status.ShouldBe(EventStatus.Closed);
    }

    [Fact]
    public void CheckIn_NegativeWalkIns_AreRefused() =>
        Should.Throw<DomainException>(() => Published(startHours: 1).CountWalkIns(Coordinator, -1, 0, 0, Now.AddHours(1))).Code.ShouldBe("Events.CheckIn.InvalidCount");

    [Fact]
    public void CheckIn_ByAMember_IsRefused() =>
        Should.Throw<DomainException>(() => Published(startHours: 1).Close(Member, default, default, Now.AddHours(1))).Code.ShouldBe("Events.NotAllowed");
}
