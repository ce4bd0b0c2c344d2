using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages;

/// <summary>The staff app's front door is the case queue.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Kasus/Index");
}
