enum _PlaceholderReporting {}
