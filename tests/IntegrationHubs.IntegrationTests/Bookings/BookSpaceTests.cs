using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

[Collection(SecondAppCollection.Name)]
public sealed class BookSpaceTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Book_SameFormSubmittedTwice_SavesOneBooking_AndBothAnswersNameIt(bool atOnce)
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var form = Form(space);

        var results = atOnce
            ? await Task.WhenAll(Task.Run(() => _world.BookAsync(_world.Rana, form)), Task.Run(() => _world.BookAsync(_world.Rana, form)))
            : [await _world.BookAsync(_world.Rana, form), await _world.BookAsync(_world.Rana, form)];

        results.ShouldAllBe(r => r.Succeeded && r.Id == form.Id);
        (await _world.AllBookingsAsync()).ShouldHaveSingleItem().Id.ShouldBe(form.Id);
    }

    [Fact]
    public async Task Book_SpaceNeedingApproval_IsPending_UntilACoordinatorApproves_AndTheRequesterIsMailedInTheirLanguage()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        await fixture.App.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            var rana = (await users.FindByIdAsync(_world.Rana.Id.ToString()))!;
            rana.PreferredCulture = "ar";
            await users.UpdateAsync(rana);
        });

        var booked = await _world.BookAsync(_world.Rana, Form(space));
        booked.Succeeded.ShouldBeTrue(booked.Refusal?.Key);
        booked.Status.ShouldBe(BookingStatus.Pending);

        var queue = await _world.As<IReadOnlyList<ListPendingBookings.Item>, ListPendingBookings>(_world.Carla, h => h.HandleAsync());
        var item = queue.ShouldHaveSingleItem();
        item.BookedBy.ShouldBe("Rana Farahani");
        var mailsBefore = Mails.CountTo(fixture.App.MailFolder, "rana@example.org");

        var decided = await _world.As<BookingChange, DecideBooking>(_world.Carla, h => h.HandleAsync(new(item.Id, item.Version, Approve: true)));

        decided.Succeeded.ShouldBeTrue(decided.RefusalKey);
        (await _world.LoadAsync(item.Id)).Status.ShouldBe(BookingStatus.Confirmed);
        Mails.CountTo(fixture.App.MailFolder, "rana@example.org").ShouldBe(mailsBefore + 1);
        var mail = LatestMailTo("rana@example.org");
        mail.ShouldContain("تم تأكيد الحجز");
        mail.ShouldContain("dir=\"rtl\"");
        var audit = await _world.Scenario.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == nameof(Booking)).Select(a => a.Action).ToListAsync());
        audit.ShouldBe([AuditActions.BookingRequested, AuditActions.BookingApproved], ignoreOrder: true);
    }

    [Fact]
    public async Task Reject_WithAReason_FreesTheSlot_AndTellsTheRequesterWhy()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var booked = await _world.BookAsync(_world.Rana, Form(space));
        var version = (await _world.LoadAsync(booked.Id!.Value)).Version;

        var withoutReason = await _world.As<BookingChange, DecideBooking>(_world.Carla, h => h.HandleAsync(new(booked.Id.Value, version, Approve: false)));
        var rejected = await _world.As<BookingChange, DecideBooking>(_world.Carla, h => h.HandleAsync(new(booked.Id.Value, version, Approve: false, "Der Raum wird gestrichen.")));

        withoutReason.RefusalKey.ShouldBe("Bookings.ReasonRequired");
        rejected.Succeeded.ShouldBeTrue(rejected.RefusalKey);
        LatestMailTo("rana@example.org").ShouldContain("Der Raum wird gestrichen.");
        (await _world.BookAsync(_world.Olek, Form(space))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Book_SpaceWithoutApproval_IsConfirmedAtOnce_AndACoordinatorsBookingIsConfirmedForTheHub()
    {
        var open = await _world.SpaceAsync(_world.Ost, "Café", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero });
        var approval = await _world.SpaceAsync(_world.Ost);

        var member = await _world.BookAsync(_world.Rana, Form(open));
        var form = Form(approval);
        form.ForHub = true;
        var coordinator = await _world.BookAsync(_world.Carla, form);

        member.Status.ShouldBe(BookingStatus.Confirmed);
        coordinator.Status.ShouldBe(BookingStatus.Confirmed);
        (await _world.LoadAsync(coordinator.Id!.Value)).ForHub.ShouldBeTrue();
    }

    [Fact]
    public async Task Book_OverlappingSlot_IsRefusedAsTaken_WithTheNextFreeSlots()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        (await _world.BookAsync(_world.Rana, Form(space, fromHour: 10, toHour: 12))).Succeeded.ShouldBeTrue();

        var second = await _world.BookAsync(_world.Olek, Form(space, fromHour: 11, toHour: 13));

        second.Refusal.ShouldBe(BookingRefusal.Taken);
        second.Alternatives.Count.ShouldBe(3);
        second.Alternatives[0].Start.ShouldBe(HubTimeAt(Day(3), 12));
        (await _world.AllBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Book_RightAfterAnotherBooking_IsAllowed_AndACancelledBookingFreesItsSlot()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var first = await _world.BookAsync(_world.Rana, Form(space, fromHour: 10, toHour: 12));
        (await _world.BookAsync(_world.Olek, Form(space, fromHour: 12, toHour: 14))).Succeeded.ShouldBeTrue();

        (await _world.As<BookingChange, CancelBooking>(_world.Rana, h => h.HandleAsync(first.Id!.Value))).Succeeded.ShouldBeTrue();

        (await _world.BookAsync(_world.Olek, Form(space, fromHour: 10, toHour: 12))).Succeeded.ShouldBeTrue();
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "end-before-start", "Bookings.Refused.EndBeforeStart", BookingRefusal.FieldEnd },
        { "too-long", "Bookings.Refused.TooLong", BookingRefusal.FieldEnd },
        { "outside-hours", "Bookings.Refused.OutsideOpeningHours", BookingRefusal.FieldStart },
        { "past", "Bookings.Refused.InPast", BookingRefusal.FieldStart },
        { "beyond-horizon", "Bookings.Refused.BeyondHorizon", BookingRefusal.FieldDate },
        { "closure", "Bookings.Refused.Closed", BookingRefusal.FieldDate },
        { "other-hub", "Bookings.Refused.UnknownSpace", BookingRefusal.FieldSpace },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Book_BadInput_IsRefusedAtTheField_WithALocalizedReason_AndNothingSaved(string what, string key, string field)
    {
        var closedDay = DateOnly.FromDateTime(Day(5));
        var space = await _world.SpaceAsync(_world.Ost, closures: new Closure(closedDay, closedDay, "Feiertag"));
        var westSpace = await _world.SpaceAsync(_world.West, "Westsaal");
        var form = what switch
        {
            "end-before-start" => Form(space, fromHour: 12, toHour: 12),
            "too-long" => Form(space, fromHour: 10, toHour: 15),
            "outside-hours" => Form(space, fromHour: 6, toHour: 9),
            "past" => Form(space, daysAhead: -1),
            "beyond-horizon" => Form(space, daysAhead: 70),
            "closure" => Form(space, daysAhead: 5),
            _ => Form(westSpace),
        };
        // A zero-length booking is refused by the form validator already; here the domain's own check answers too.
        var result = what == "end-before-start"
            ? await BookBypassingTheFormValidatorAsync(form)
            : await _world.BookAsync(_world.Rana, form);

        result.Refusal.ShouldNotBeNull();
        result.Refusal.Key.ShouldBe(key);
        result.Refusal.Field.ShouldBe(field);
        Texts.Get(fixture.App, "ar", key).ShouldNotBeNullOrWhiteSpace();
        (await _world.AllBookingsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Book_EndBeforeStart_IsRefusedByTheFormValidatorAtTheEndField()
    {
        var space = await _world.SpaceAsync(_world.Ost);

        var invalid = await Should.ThrowAsync<FluentValidation.ValidationException>(() => _world.BookAsync(_world.Rana, Form(space, fromHour: 12, toHour: 10)));

        invalid.Errors.ShouldContain(e => e.PropertyName == nameof(BookingForm.End));
        (await _world.AllBookingsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Book_ForAnInitiativeOnlyTeamsMayBook_NeedsTheBookersOwnInitiative()
    {
        var space = await _world.SpaceAsync(_world.Ost, "Küche", new BookingPolicy { WhoMayBook = WhoMayBook.InitiativeTeams, MinLeadTime = TimeSpan.Zero });
        var initiativeId = await _world.Scenario.AsAsync(_world.Rana, _world.Ost, async s =>
            (await s.GetRequiredService<Web.Features.Initiatives.SaveInitiativeDraft>().HandleAsync(new(null, 0,
                new Web.Features.Initiatives.InitiativeForm { Title = "Suppenküche", Category = Domain.Initiatives.InitiativeCategory.Social }))).Id!.Value);

        var withoutInitiative = await _world.BookAsync(_world.Rana, Form(space));
        var othersInitiative = Form(space);
        othersInitiative.InitiativeId = initiativeId;
        var byOlek = await _world.BookAsync(_world.Olek, othersInitiative);
        var byRana = await _world.BookAsync(_world.Rana, othersInitiative);

        withoutInitiative.Refusal.ShouldBe(BookingRefusal.TeamOnly);
        byOlek.Refusal!.Field.ShouldBe(BookingRefusal.FieldInitiative);
        byRana.Succeeded.ShouldBeTrue(byRana.Refusal?.Key);
        (await _world.LoadAsync(byRana.Id!.Value)).InitiativeId.ShouldBe(initiativeId);
    }

    [Fact]
    public async Task Book_AcrossTheNextDaylightSavingSwitch_StoresUtcInstantsOfTheLocalTimes()
    {
        var space = await _world.SpaceAsync(_world.Ost, "Nachtcafé",
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, HorizonDays = 400 }, allDay: true);
        var switchDay = NextSwitchSunday();
        var form = new BookingForm { SpaceId = space.Id, Date = switchDay, Start = new TimeSpan(1, 30, 0), End = new TimeSpan(3, 30, 0), Purpose = "Nachtwache" };

        var result = await _world.BookAsync(_world.Rana, form);

        result.Succeeded.ShouldBeTrue(result.Refusal?.Key);
        var booking = await _world.LoadAsync(result.Id!.Value);
        var expectedStart = new DateTimeOffset(switchDay.AddHours(1.5), Berlin.GetUtcOffset(switchDay.AddHours(1.5))).ToUniversalTime();
        booking.Start.ShouldBe(expectedStart);
        (booking.End - booking.Start).ShouldBe(switchDay.Month == 3 ? TimeSpan.FromHours(1) : TimeSpan.FromHours(3));
        HubTime(booking.End).TimeOfDay.ShouldBe(new TimeSpan(3, 30, 0));
    }

    [Fact]
    public async Task DatabaseRefusalOfAnOverlap_IsRecognisedAsTaken_NeverAnError()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var first = Booking.Request(space.Id, new(HubTimeAt(Day(3), 10), HubTimeAt(Day(3), 12)), _world.Rana.Id, null, false, "eins", BookingStatus.Pending, DateTimeOffset.UtcNow);
        var second = Booking.Request(space.Id, new(HubTimeAt(Day(3), 11), HubTimeAt(Day(3), 13)), _world.Olek.Id, null, false, "zwei", BookingStatus.Confirmed, DateTimeOffset.UtcNow);

        var refused = await _world.Scenario.AsAsync(_world.Carla, _world.Ost, async s =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(s);
            db.Bookings.Add(first);
            await db.SaveChangesAsync();
            db.Bookings.Add(second);
            return await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        BookingSlots.IsOverlap(refused).ShouldBeTrue();
        ((Npgsql.PostgresException)refused.InnerException!).SqlState.ShouldBe("23P01");
    }

    private Task<BookingResult> BookBypassingTheFormValidatorAsync(BookingForm form) =>
        _world.Scenario.AsAsync(_world.Rana, _world.Ost, s => ActivatorUtilities.CreateInstance<BookSpace>(s, new PermissiveValidator()).HandleAsync(form));

    private sealed class PermissiveValidator : FluentValidation.AbstractValidator<BookingForm>;

    private static DateTimeOffset HubTimeAt(DateTime localDay, int hour) =>
        Domain.Spaces.HubTime.ToInstant(DateOnly.FromDateTime(localDay), new TimeOnly(hour, 0), Berlin)!.Value;

    private static DateTime HubTime(DateTimeOffset instant) => Domain.Spaces.HubTime.ToLocal(instant, Berlin);

    /// <summary>The next Sunday on which Berlin's clocks change (last Sunday of March or October), at least two days ahead.</summary>
    private static DateTime NextSwitchSunday()
    {
        for (var day = Day(2); ; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday && day.Month is 3 or 10 && day.AddDays(7).Month != day.Month)
            {
                return day;
            }
        }
    }

    private string LatestMailTo(string to) =>
        Directory.GetFiles(fixture.App.MailFolder, "*.eml").Select(f => (File: f, Text: File.ReadAllText(f)))
            .Where(m => m.Text.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.File, StringComparer.Ordinal).Last().Text;
}
