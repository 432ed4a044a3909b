# clerk_stage(NAME DEPS...): a static library from every .cpp in the calling folder.
function(clerk_stage name)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_library(clerk_${name} STATIC ${sources})
  target_include_directories(clerk_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(clerk_${name} PUBLIC ${ARGN})
  clerk_target_options(clerk_${name})
  target_link_libraries(clerk_all INTERFACE clerk_${name})
endfunction()
