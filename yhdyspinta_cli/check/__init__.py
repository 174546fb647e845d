"""`yhdyspinta check`: the policy, the rules, the fast and full paths, the output formats."""
