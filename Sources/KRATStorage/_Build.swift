// placeholder file for initial dependency build
