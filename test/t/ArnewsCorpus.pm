# ArnewsCorpus.pm: the sample news corpus (data/corpus/NNN_*.txt) as SQL,
# for the arnews TAP tests.  The first line of each file is its title.
package ArnewsCorpus;

use strict;
use warnings;
use Exporter 'import';
use FindBin;

our @EXPORT_OK = qw(corpus_articles corpus_values);

# List of [id, title, body] read from data/corpus
sub corpus_articles
{
	my $dir = "$FindBin::Bin/../../data/corpus";
	my @a;
	for my $f (sort glob("$dir/[0-9]*.txt"))
	{
		my ($id) = $f =~ m{/(\d+)_[^/]*\.txt$} or next;
		open(my $fh, '<:raw', $f) or die "$f: $!";
		local $/;
		my $text = <$fh>;
		close $fh;
		my ($title) = $text =~ /^([^\n]*)/;
		push @a, [ $id + 0, $title, $text ];
	}
	die "no corpus files in $dir\n" unless @a;
	return @a;
}

# SQL string literal (standard_conforming_strings)
sub quote
{
	my $s = shift;
	$s =~ s/'/''/g;
	return "'$s'";
}

# "(id, 'title', 'body'), ..." for an INSERT; $offset is added to each id
sub corpus_values
{
	my ($offset) = @_;
	$offset //= 0;
	return join(",\n", map { sprintf('(%d, %s, %s)', $_->[0] + $offset, quote($_->[1]), quote($_->[2])) }
		  corpus_articles());
}

1;
