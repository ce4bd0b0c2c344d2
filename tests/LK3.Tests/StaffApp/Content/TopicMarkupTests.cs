using LK3.Bot.Staff.Content;

namespace LK3.Tests.StaffApp.Content;

/// <summary>The reply markup staff write: only &lt;b&gt; and &lt;i&gt;, balanced; lone signs escaped; a safe preview.</summary>
public sealed class TopicMarkupTests
{
    [Theory]
    [InlineData("<b>Tebal</b> dan <i>miring <b>keduanya</b></i>", "<b>Tebal</b> dan <i>miring <b>keduanya</b></i>")]
    [InlineData("Senin & Selasa, 1 < 2 > 0", "Senin &amp; Selasa, 1 &lt; 2 &gt; 0")]
    [InlineData("&amp; &lt; &gt; tetap, &nbsp; tidak", "&amp; &lt; &gt; tetap, &amp;nbsp; tidak")]
    [InlineData("<3 untuk keluarga", "&lt;3 untuk keluarga")]
    public void Valid_markup_is_kept_and_lone_signs_are_escaped(string typed, string saved)
    {
        var result = TopicMarkup.Check(typed);
        Assert.Empty(result.Errors);
        Assert.Equal(saved, result.Body);
        Assert.Equal(typed != saved, result.Escaped);
        Assert.Equal(result.Body, TopicMarkup.Check(result.Body).Body); // saving again changes nothing
    }

    [Theory]
    [InlineData("<B>tebal</B>")]
    [InlineData("<b class=\"x\">tebal</b>")]
    [InlineData("<br>")]
    [InlineData("<b>tebal")]
    [InlineData("tebal</b>")]
    [InlineData("<b><b>dua kali</b></b>")]
    [InlineData("<b><i>silang</b></i>")]
    public void Other_tags_and_unbalanced_ones_are_errors(string typed) =>
        Assert.NotEmpty(TopicMarkup.Check(typed).Errors);

    [Theory]
    [InlineData("<b>a</b> &amp; <i>b</i>", "<strong>a</strong> &amp; <em>b</em>")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("<b>terbuka", "<strong>terbuka</strong>")]
    [InlineData("lepas</b>", "lepas&lt;/b&gt;")]
    [InlineData("<img src=x onerror=alert(1)>\"'", "&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;")]
    public void The_preview_is_safe_html(string markup, string html) =>
        Assert.Equal(html, TopicMarkup.ToHtml(markup));
}
