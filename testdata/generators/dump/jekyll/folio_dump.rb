# frozen_string_literal: true

# Jekyll plugin used by testdata/generators/regen.sh; not part of folio.
#
# After Jekyll has read the site, writes one JSON object per line to the file
# named by FOLIO_DUMP_OUT: every post (drafts, future and unpublished ones
# too when jekyll runs with --drafts --future --unpublished), every document
# of the site's other collections and every page,
# with the metadata as Jekyll holds it after reading, plus one
# {"path", "error"} line for every other text file under the source folder,
# saying why Jekyll did not make it a post or page.

require "json"
require "set"

module FolioDump
  TEXT_EXTENSIONS = %w(.md .markdown .mkd .mdown .mkdn .mdwn .mdtxt .mdtext
                       .text .txt .rst .html .htm .adoc .org).to_set.freeze
  SKIPPED_DIRS = %w(_site _plugins .jekyll-cache .jekyll-metadata).freeze

  module_function

  def time(value)
    case value
    when Time then value.xmlschema
    when Date then value.iso8601
    else value
    end
  end

  def row(path, data, url, post)
    row = {
      "path"       => path,
      "title"      => data["title"],
      "date"       => time(data["date"]),
      "tags"       => data["tags"],
      "categories" => data["categories"],
      "slug"       => data["slug"],
      "author"     => data["author"],
      "authors"    => data["authors"],
      "published"  => data.fetch("published", true),
      "draft"      => post ? data["draft"] : data.fetch("draft", nil),
      "url"        => url,
      "lang"       => data["lang"],
    }
    row["description"] = data["description"] if data.key?("description")
    row
  end

  def dump(site)
    rows = {}
    site.posts.docs.each do |doc|
      doc.date # sets an undated draft's date (its file's time), which Jekyll does lazily
      rows[doc.relative_path] = row(doc.relative_path, doc.data, doc.url, true)
    end
    # Documents of the other collections, with no URL when the
    # collection is not written (output: false).
    site.collections.each do |label, collection|
      next if label == "posts"

      collection.docs.each do |doc|
        url = collection.write? ? doc.url : nil
        rows[doc.relative_path] = row(doc.relative_path, doc.data, url, false)
      end
    end
    site.pages.each do |page|
      next unless page.instance_of?(Jekyll::Page)

      rows[page.relative_path] = row(page.relative_path, page.data, page.url, false)
    end
    static = site.static_files.map(&:relative_path).map { |p| p.delete_prefix("/") }.to_set
    each_text_file(site.source) do |rel|
      next if rows.key?(rel)

      reason = static.include?(rel) ? "static file: no front matter" : "not read by Jekyll"
      rows[rel] = { "path" => rel, "error" => reason }
    end
    File.open(ENV.fetch("FOLIO_DUMP_OUT"), "w:UTF-8") do |out|
      rows.keys.sort.each { |rel| out.puts(JSON.generate(rows[rel])) }
    end
  end

  def each_text_file(root, &block)
    Dir.glob("**/*", File::FNM_DOTMATCH, :base => root).sort.each do |rel|
      next if SKIPPED_DIRS.any? { |dir| rel == dir || rel.start_with?("#{dir}/") }
      next unless TEXT_EXTENSIONS.include?(File.extname(rel).downcase)
      next unless File.file?(File.join(root, rel))

      block.call(rel)
    end
  end
end

Jekyll::Hooks.register(:site, :post_read) do |site|
  FolioDump.dump(site)
  # dump_site.sh reads real sites, whose plugins and Liquid may not build
  # here: everything the dump needs is known before rendering.
  exit!(0) if ENV["FOLIO_DUMP_STOP"] == "1"
end
