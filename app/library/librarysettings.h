#pragma once

#include "librarydatabase.h"
#include "progressstats.h"
#include "result.h"

namespace prepdeck {

// What the user set for the library as a whole, kept in it: the interview date and what it
// covers.
class LibrarySettings final
{
public:
    explicit LibrarySettings(LibraryDatabase &db) : m_db(db) {}

    // Ratings of covered questions are scheduled so their last review falls before the day
    // (see scheduling::capForInterview).
    Result<InterviewPlan> interviewPlan() const;
    Status setInterviewPlan(const InterviewPlan &plan); // an invalid date clears it

private:
    LibraryDatabase &m_db;
};

} // namespace prepdeck
