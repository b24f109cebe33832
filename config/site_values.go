package config

import (
	"maps"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// siteValues are the values {{ site.x }} and Hugo's param shortcode show,
// from a site's settings as read and merged (every settings file of the
// site, once): posts.TemplateValues of them and, for Hugo, each param also
// under its bare name ({{< param version >}} shows params.version, as
// Hugo falls back to the site's params) unless a setting has that name.
func siteValues(gen site.Generator, vals map[string]any) map[string]string {
	out := posts.TemplateValues(vals)
	if gen != site.Hugo {
		return out
	}
	bare := map[string]string{}
	for k, v := range out {
		if name, ok := strings.CutPrefix(k, "params."); ok {
			if _, taken := out[name]; !taken {
				bare[name] = v
			}
		}
	}
	maps.Copy(out, bare)
	return out
}
