using System.Globalization;
using System.Security.Claims;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Staff;

/// <summary>Puts the display name and the linked counsellor into the sign-in, so pages need no lookup to know whose cases to show.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffMember.NameClaim, user.DisplayName));
        if (user.CounsellorId is { } counsellorId)
            identity.AddClaim(new Claim(StaffMember.CounsellorClaim, counsellorId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
