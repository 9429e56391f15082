# Configures the fake project whole, then broken each way, and expects the check to pass
# and then fail naming what broke.
function(configure break expect)
    set(binary ${WORK}/${break})
    file(REMOVE_RECURSE ${binary})
    execute_process(
        COMMAND ${CMAKE_COMMAND} -S ${FAKE} -B ${binary} -DBREAK=${break}
                -DPREPDECK_CMAKE_DIR=${CMAKE_DIR}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expect STREQUAL "pass")
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "The whole project was refused:\n${err}")
        endif()
    else()
        if(result EQUAL 0)
            message(FATAL_ERROR "Breaking it '${break}' was not noticed.")
        endif()
        string(REGEX REPLACE "[ \n]+" " " err "${err}")
        if(NOT err MATCHES "${expect}")
            message(FATAL_ERROR "Breaking it '${break}' was refused without saying '${expect}':\n${err}")
        endif()
    endif()
endfunction()

configure(none pass)
configure(upward "low \\(floor 0\\) links store \\(floor 1\\)")
configure(sideways "command \\(floor 3\\) links window \\(floor 3\\)")
configure(widgets "command links Qt6::Widgets, which only window may")
configure(gui "store links Qt6::Gui, which no library below paper may")
