using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.UnitTests.Spaces.SpaceTestData;

namespace IntegrationHubs.UnitTests.Spaces;

public sealed class BookingRulesTests
{
    // Wednesday 6 May 2026 — two days after Now.
    private static BookingRequest Wednesday(int fromHour, int toHour) => new(At(2026, 5, 6, fromHour), At(2026, 5, 6, toHour));

    private static BookingRefusal? Check(Space space, BookingRequest request, Booker? booker = null) =>
        BookingRules.Check(space, request, booker ?? Member, Now, Berlin);

    [Fact]
    public void Book_WithinOpeningHoursAndPolicy_IsAllowed() => Check(Workshop(), Wednesday(10, 12)).ShouldBeNull();

    [Fact]
    public void Book_EndBeforeStart_IsRefusedAtTheEnd() =>
        Check(Workshop(), new BookingRequest(At(2026, 5, 6, 12), At(2026, 5, 6, 10))).ShouldBe(BookingRefusal.EndBeforeStart);

    [Fact]
    public void Book_ZeroDuration_IsRefused() =>
        Check(Workshop(), Wednesday(10, 10)).ShouldBe(BookingRefusal.EndBeforeStart);

    [Fact]
    public void Book_LongerThanMaxDuration_IsRefused() => Check(Workshop(), Wednesday(10, 15)).ShouldBe(BookingRefusal.TooLong);

    [Fact]
    public void Book_ExactlyMaxDuration_IsAllowed() => Check(Workshop(), Wednesday(10, 14)).ShouldBeNull();

    [Fact]
    public void Book_InThePast_IsRefused() =>
        Check(Workshop(), new BookingRequest(At(2026, 5, 2, 10), At(2026, 5, 2, 12))).ShouldBe(BookingRefusal.InPast);

    [Fact]
    public void Book_WithLessThanTheLeadTime_IsRefused() =>
        Check(Workshop(), new BookingRequest(At(2026, 5, 4, 18), At(2026, 5, 4, 20))).ShouldBe(BookingRefusal.TooShortNotice);

    [Fact]
    public void Book_BeyondTheHorizon_IsRefused() =>
        Check(Workshop(), new BookingRequest(At(2026, 8, 5, 10), At(2026, 8, 5, 12))).ShouldBe(BookingRefusal.BeyondHorizon);

    [Fact]
    public void Book_JustInsideTheHorizon_IsAllowed() =>
        Check(Workshop(), new BookingRequest(At(2026, 8, 1, 10), At(2026, 8, 1, 12))).ShouldBeNull();

    [Theory]
    [InlineData(7, 9)]
    [InlineData(8, 10)]
    [InlineData(20, 22)]
    public void Book_OutsideOpeningHours_IsRefused(int from, int to) =>
        Check(Workshop(), Wednesday(from, to)).ShouldBe(BookingRefusal.OutsideOpeningHours);

    [Fact]
    public void Book_OnADayWithoutOpeningHours_IsRefused() =>
        Check(Workshop(), new BookingRequest(At(2026, 5, 10, 10), At(2026, 5, 10, 12))).ShouldBe(BookingRefusal.OutsideOpeningHours);

    [Fact]
    public void Book_AcrossAGapBetweenTwoPeriods_IsRefused()
    {
        var space = Workshop();
        space.SetOpeningHours([new(DayOfWeek.Wednesday, new(9, 0), new(12, 0)), new(DayOfWeek.Wednesday, new(13, 0), new(18, 0))]);

        Check(space, Wednesday(11, 14)).ShouldBe(BookingRefusal.OutsideOpeningHours);
        Check(space, Wednesday(13, 15)).ShouldBeNull();
    }

    [Fact]
    public void Book_OnAClosure_IsRefused()
    {
        var space = Workshop();
        space.SetClosures([new Closure(new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 6), "Betriebsausflug")]);

        Check(space, Wednesday(10, 12)).ShouldBe(BookingRefusal.Closed);
        Check(space, new BookingRequest(At(2026, 5, 7, 10), At(2026, 5, 7, 12))).ShouldBeNull();
    }

    [Fact]
    public void Book_SpaceForCoordinatorsOnly_IsRefusedToAMember_AllowedToACoordinator()
    {
        var space = Workshop(new BookingPolicy { WhoMayBook = WhoMayBook.CoordinatorsOnly });

        Check(space, Wednesday(10, 12)).ShouldBe(BookingRefusal.NotAllowed);
        Check(space, Wednesday(10, 12), Coordinator).ShouldBeNull();
    }

    [Fact]
    public void Book_SpaceForInitiativeTeams_NeedsAnInitiativeOfTheBookersTeam()
    {
        var space = Workshop(new BookingPolicy { WhoMayBook = WhoMayBook.InitiativeTeams });

        Check(space, Wednesday(10, 12)).ShouldBe(BookingRefusal.TeamOnly);
        Check(space, Wednesday(10, 12), Team).ShouldBeNull();
    }

    [Fact]
    public void Book_BySomeoneWithoutMembership_IsRefused() => Check(Workshop(), Wednesday(10, 12), Stranger).ShouldBe(BookingRefusal.NotAllowed);

    [Fact]
    public void Book_InactiveSpace_IsRefused()
    {
        var space = Workshop();
        space.Describe("Werkstatt", SpaceType.Workshop, 12, SpaceFeatures.None, null, isActive: false);

        Check(space, Wednesday(10, 12), Coordinator).ShouldBe(BookingRefusal.Inactive);
    }

    [Fact]
    public void Coordinator_SkipsDurationNoticeAndHorizon_ButNotOpeningHoursClosuresOrThePast()
    {
        var space = Workshop();
        space.SetClosures([new Closure(new DateOnly(2026, 5, 8), new DateOnly(2026, 5, 8), null)]);

        Check(space, Wednesday(9, 21), Coordinator).ShouldBeNull();
        Check(space, new BookingRequest(At(2026, 5, 4, 9), At(2026, 5, 4, 10)), Coordinator).ShouldBeNull();
        Check(space, new BookingRequest(At(2027, 1, 5, 10), At(2027, 1, 5, 12)), Coordinator).ShouldBeNull();
        Check(space, Wednesday(7, 10), Coordinator).ShouldBe(BookingRefusal.OutsideOpeningHours);
        Check(space, new BookingRequest(At(2026, 5, 8, 10), At(2026, 5, 8, 12)), Coordinator).ShouldBe(BookingRefusal.Closed);
        Check(space, new BookingRequest(At(2026, 5, 1, 10), At(2026, 5, 1, 12)), Coordinator).ShouldBe(BookingRefusal.InPast);
    }

    [Fact]
    public void InitialStatus_PendingWhenApprovalNeeded_ConfirmedForCoordinatorsOrWithoutApproval()
    {
        var approval = new BookingPolicy { RequiresApproval = true };
        var open = new BookingPolicy { RequiresApproval = false };

        approval.InitialStatus(Member).ShouldBe(BookingStatus.Pending);
        approval.InitialStatus(Coordinator).ShouldBe(BookingStatus.Confirmed);
        open.InitialStatus(Member).ShouldBe(BookingStatus.Confirmed);
    }

    [Theory]
    [InlineData(0, 24, 90, false)]
    [InlineData(25 * 60, 24, 90, false)]
    [InlineData(60, -1, 90, false)]
    [InlineData(60, 0, 0, false)]
    [InlineData(60, 0, 731, false)]
    [InlineData(60, 0, 1, true)]
    public void Policy_OutOfRange_IsInvalid(int maxMinutes, int leadHours, int horizonDays, bool valid)
    {
        var policy = new BookingPolicy { MaxDuration = TimeSpan.FromMinutes(maxMinutes), MinLeadTime = TimeSpan.FromHours(leadHours), HorizonDays = horizonDays };

        policy.IsValid.ShouldBe(valid);
        if (!valid)
        {
            Should.Throw<IntegrationHubs.Domain.Common.DomainException>(() => Workshop().SetPolicy(policy)).Code.ShouldBe("Spaces.InvalidPolicy");
        }
    }
}
