"""The questions users ask, answered from memory evaluations: layouts the rules allow (layouts), the fewest
GPUs (search) and its closed form (inequality), the largest batch, sequence or model (limits), what solve
reports (answer), and grids at array speed (sweep). No file I/O."""
