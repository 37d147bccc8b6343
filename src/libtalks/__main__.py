from libtalks.cli import cli

cli(prog_name="libtalks")
