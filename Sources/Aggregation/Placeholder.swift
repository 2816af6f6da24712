enum _PlaceholderAggregation {}
