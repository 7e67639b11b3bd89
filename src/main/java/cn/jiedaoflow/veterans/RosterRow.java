package cn.jiedaoflow.veterans;

/** One valid line of a roster file. */
record RosterRow(
        int line, String serviceNumber, String name, String idNumber, String mobile, String address, boolean keyCare) {}
